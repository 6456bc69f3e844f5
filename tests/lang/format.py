from enum import Enum, IntEnum

class T:
    def __format__(self, spec):
        return "T<" + spec + ">"
    def __str__(self):
        return "strT"

class P:
    def __str__(self):
        return "P!"

class I(int):
    def __str__(self):
        return "I!"

class S(str):
    def __str__(self):
        return "S!"

class Color(Enum):
    RED = 1

class Num(IntEnum):
    ONE = 1

t = T()
print(f"{t}", f"a{t}b", f"{t:x}", f"{t!s}", "{}".format(t), "{:y}".format(t), format(t), str(t))
print(f"{P()}", f"[{P()}]", "{}".format(P()), format(P()))
print(f"{I(3)}", f"[{I(3)}]", "{}".format(I(3)), f"{I(3):>3}")
print(f"{S('a')}", f"[{S('a')}]", "{}".format(S('a')), f"{S('a'):>3}")
print(f"{Color.RED}", f"[{Color.RED}]", f"{Num.ONE}", f"[{Num.ONE}]", "{}".format(Num.ONE))
print(f"{[1, 2]}", f"{None}", f"{1.5}", f"{(I(1),)}")
try:
    format(P(), "x")
except TypeError as e:
    print("TypeError", e)

class Bad:
    def __format__(self, spec):
        return 5
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)

# bools with a spec are ints
print(f"{True:>5}|{False:3}|")
print("{:<4}|".format(True))
print(f"{True}|{False:}|{True!s:>6}|{True!r:>6}|")
print(format(True, ""), format(True, "d"), format(True, "^5"), format(False, "x"), format(True, ".2f"), format(True, "#b"))
try:
    format(True, "s")
except ValueError as e:
    print("ValueError", e)

# nested fields take automatic numbers in order
print("{:{}}|{:>{}}|".format("x", 4, "y", 3))
print("{:{}.{}f}|".format(3.14159, 8, 2))
print("{0:{1}}|{2:>{3}}|".format("x", 4, "y", 3))
print("{a:{w}}|".format(a="q", w=3))
try:
    "{:{1}}".format("x", 4)
except ValueError as e:
    print("ValueError", e)

# format_map calls __missing__
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
print("{a}".format_map({"a": 2}))
try:
    "{a} {b}".format_map({"a": 1})
except KeyError as e:
    print("KeyError", e)
