import _helper_mod
from _helper_mod import greet, VALUE as V
import _helper_mod as hm
print(greet("world"), V, hm.VALUE, _helper_mod.counter())
_helper_mod.VALUE = 99
print(_helper_mod.get_value())
print(__name__, _helper_mod.__name__)
import math, sys, os.path
print(math.sqrt(16), math.floor(2.7), math.pi, math.gcd(12, 18), os.path.join("a", "b"), len(sys.argv))
print(_helper_mod.greet(name="keyword"), hm.greet(*["star"]), math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9))
