# string.Formatter (format, vformat, parse, get_value/check_unused_args
# overrides); singledispatch registering a union annotation; str method
# argument checks (fill character, empty partition separator, maketrans).
import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.format("{} {}", "a", "b"), f.format("{0[1]} {p.real} {0!r:>6}", [1, 2], p=3))
print(f.format("{:{w}.{p}f}|{{lit}}", 3.14159, w=8, p=2))
print(list(f.parse("a{0!r:>3}b{}c")))
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print(Default().format("{name} is {age}", name="Ann"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError("unused: " + ", ".join(sorted(extra)))
try: Strict().format("{a}", a=1, b=2)
except ValueError as e: print(e)
for bad in ("{", "}", "{0}{}"):
    try: f.format(bad, 1, 2)
    except ValueError as e: print(e)
from functools import singledispatch
@singledispatch
def kind(x):
    return "base"
@kind.register
def _(x: int | float):
    return "num"
print(kind(1), kind(2.5), kind("s"))
for f in (lambda: "a".center(4, "xy"), lambda: "abc".partition(""),
          lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1})):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
