# mod.f(args) on a module bound by `import`: the module's current value,
# after reassignment and deletion too
import math
import os.path
import json as j
print(math.sqrt(16), math.floor(2.5), j.dumps([1]), os.path.join("a", "b"), os.getcwd() != "")
orig = math.sqrt
math.sqrt = lambda x: "patched"
print(math.sqrt(4))
math.sqrt = orig
print(math.sqrt(4))
setattr(math, "floor", lambda x: "floor!")
print(math.floor(1.5))
del math.floor
try:
    math.floor(1.5)
except AttributeError as e:
    print("AttributeError", e)
math.floor = lambda x: 7
print(math.floor(0))
try:
    math.nosuch(1)
except AttributeError as e:
    print("AttributeError", e)
print("floor" in dir(math), sorted(k for k in vars(math) if k.startswith("sq")))
def f():
    math = None
    try:
        math.sqrt(1)
    except AttributeError as e:
        print("local shadows:", e)
f()
import _helper_mod
print(_helper_mod.greet("a"))
_helper_mod.greet = lambda name: "patched " + name
print(_helper_mod.greet("b"))
del _helper_mod.greet
try:
    _helper_mod.greet("c")
except AttributeError as e:
    print("AttributeError", e)
