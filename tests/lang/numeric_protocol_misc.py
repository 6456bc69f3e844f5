# Small numeric and protocol gaps: set.symmetric_difference_update, inf.is_integer(),
# math.ulp, float.__round__/__floor__/__ceil__/__trunc__, sequences repeated by
# __index__ objects, %-formats through __int__/__index__/__float__, %(key)s on any mapping.
import math
s = {1, 2, 3}; s.symmetric_difference_update({1, 5}); print(sorted(s))
s.symmetric_difference_update(iter([2, 2])); print(sorted(s))
print(float('inf').is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(float('inf')))
print((2.5).__round__(), (2.5).__ceil__(), (2.5).__trunc__(), (-2.5).__floor__(), math.floor(-2.5), round(2.675, 2), (2.675).__round__(2))
class Idx:
    def __index__(self): return 2
class Num:
    def __int__(self): return 3
    def __float__(self): return 3.0
for f in (lambda: ([0] * Idx(), "ab" * Idx()), lambda: ("%d" % Num(), "%f" % Num(), "%x" % Idx())):
    try:
        print(*f())
    except Exception as e:
        print(type(e).__name__, e)
from collections import ChainMap
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k.upper()
for f in (lambda: "%(a)s %(b)s" % ChainMap({"a": 1}, {"b": 2}), lambda: "%(k)s" % M()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
