# math edge cases: fsum with infinities, overflow in pow/ldexp, log base 1,
# modf(inf), __floor__/__ceil__/__trunc__, comb/perm/dist/isclose checks.
import math
print(math.fsum([float('inf'), 1.0]))
for data in ([float('inf'), float('-inf')], [1e308, 1e308]):
    try:
        print(math.fsum(data))
    except Exception as e:
        print(type(e).__name__, e)
import math
for f in (lambda: math.pow(10, 400), lambda: math.ldexp(1, 1024),
          lambda: math.log(10, 1), lambda: math.modf(float('inf'))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import math
class Tr:
    def __floor__(self): return 3
    def __ceil__(self): return 4
    def __trunc__(self): return 7
print(math.floor(Tr()), math.ceil(Tr()), math.trunc(Tr()))
import math
for f in (lambda: math.comb(-1, 2), lambda: math.perm(-1), lambda: math.comb(5.0, 2),
          lambda: math.dist([1], [1, 2]), lambda: math.isclose(1, 1, rel_tol=-1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
