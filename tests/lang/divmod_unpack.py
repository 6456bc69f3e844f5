# q, r = divmod(a, b): ints (negative ones), floats, objects with
# __divmod__, zero divisors, list targets, and a divmod the program
# rebinds (no longer the builtin).
q, r = divmod(17, 5)
print(q, r, divmod(-17, 5), divmod(17, -5))
a, b = divmod(-7.5, 2)
print(a, b)


class N:
    def __divmod__(self, o):
        return ("d", o)


x, y = divmod(N(), 3)
print(x, y)
[h, m] = divmod(3725, 60)
print(h, m)
try:
    q, r = divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    q, r = divmod("a", 2)
except TypeError as e:
    print("TypeError", e)


def f():
    divmod = lambda a, b: (1, 2)
    q, r = divmod(9, 9)
    return q, r


print(f())
