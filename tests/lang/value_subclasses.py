# Subclasses of int, str and float (boxed values) and the enums built on them.
import json
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto

class Flags(int):
    def has(self, bit):
        return bool(self & bit)
    def __repr__(self):
        return f"Flags({int(self)})"
f = Flags(5)
print(f, repr(f), str(f), f + 1, 1 + f, f * 2, f - 1, f // 2, f % 3, -f, abs(Flags(-3)), f ** 2, f >> 1, f << 1, ~f)
print(f == 5, 5 == f, f != 5, f < 6, 6 > f, f <= 5, f >= 5, f.has(4), f.has(2))
print(type(f + 1).__name__, type(f).__name__, isinstance(f, Flags), isinstance(f, int), issubclass(Flags, int))
print(hash(f) == hash(5), {5: "five"}[f], {f: "x"}[5], f in {5}, f in [5], [1, 2, 3, 4, 5, 6][f], list(range(f)))
print(int(f), float(f), bool(f), bool(Flags(0)), "%d|%x|%s|%r" % (f, f, f, f), f"{f:>4}|{f:b}", format(f, "03d"))
print(json.dumps({"f": f}), sorted([Flags(3), 1, Flags(2)]), max(Flags(1), Flags(9)), sum([f, f]), divmod(f, 2), round(f))
print(f.bit_length(), f.to_bytes(2, "big"), str(f).zfill(3))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), n == "bob", "bob" == n, n != "bob", n + "x", "x" + n, n * 2, len(n), n[0], n[1:])
print({n: 1}["bob"], {"bob": 2}[n], n in {"bob"}, n in ["bob"], "o" in n, n.startswith("b"), ",".join([n, n]), f"{n}!", "%s" % n)
print(type(n.upper()).__name__, type(n).__name__, isinstance(n, str), str(n) == "bob", type(str(n)).__name__, n < "c", sorted([Name("b"), "a"]))
print(json.dumps([n]), json.dumps({n: 1}), n.split("o"), hash(n) == hash("bob"), list(n), n.encode())

class Temp(float):
    def c(self):
        return (self - 32) * 5 / 9
t = Temp(212)
print(t, repr(t), t.c(), t + 1, t == 212.0, t > 100, int(t), round(Temp(2.5)), isinstance(t, float))

class Pt(int):
    def __new__(cls, v, label):
        o = int.__new__(cls, v)
        o.label = label
        return o
p = Pt(3, "three")
print(p, p.label, p + 1, p * p)

class WithInit(str):
    def __init__(self, v):
        self.orig = v
w = WithInit("hey")
print(w, w.orig, w.upper())

class Color(Enum):
    RED = 1
    GREEN = 2
class Pri(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 5
print(Pri.LOW, repr(Pri.MID), Pri.MID.value, Pri.HIGH == 5, Pri.LOW < Pri.HIGH, Pri.LOW + Pri.MID, Pri(5), Pri["MID"])
print(list(Pri), [int(p) for p in Pri], Pri.LOW in [1, 2], 2 == Pri.MID, f"{Pri.HIGH:>3}", "%s %d" % (Pri.LOW, Pri.LOW))
print(json.dumps({"p": Pri.HIGH}), sorted([Pri.HIGH, 3, Pri.LOW]), Color.RED == 1, Color.RED, repr(Color.GREEN))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), Perm.R | 8, Perm.W in rwx, rwx & Perm.R, bool(Perm(0)), int(rwx), rwx == 7, Perm(6), list(Perm))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.SQUARE == "sq", Shape("sq"), Shape.CIRCLE.upper(), f"{Shape.SQUARE}", Shape.CIRCLE + "!")
print(json.dumps([Shape.CIRCLE]), {"sq": 1}[Shape.SQUARE], "-".join([Shape.CIRCLE, Shape.SQUARE]))

class Mode(str, Enum):
    READ = "r"
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.READ == "r", Mode("w"), Mode.READ.value, Mode.WRITE.upper(), json.dumps(Mode.READ), f"{Mode.READ}")

class Bits(Flag):
    A = auto()
    B = auto()
print(Bits.A | Bits.B, repr(Bits.A), Bits.A.value, Bits.B.value)

match Pri.MID:
    case Pri.LOW:
        print("low")
    case Pri.MID:
        print("mid")
match 5:
    case Pri.HIGH:
        print("5 is HIGH")

class Name(str):
    def __str__(self):
        return "Name:" + super().__str__()
    def __repr__(self):
        return f"Name({super().__repr__()})"
    def upper(self):
        return Name(super().upper())
n = Name("bob")
print(str(n), repr(n), n.upper(), type(n.upper()).__name__, n.lower())
class Money(int):
    def __add__(self, other):
        return Money(int.__add__(self, other))
    def __str__(self):
        return f"${int(self)}"
m = Money(5) + 3
print(m, type(m).__name__, Money(2) * 3, -Money(4))
class Cents(float):
    def __repr__(self):
        return f"Cents({float.__repr__(self)})"
print(repr(Cents(1.5)), Cents(1.5) + 1, f"{Cents(2.25):.1f}", round(Cents(2.5)), Cents(3.0).is_integer())
import copy
print(copy.copy(n), copy.deepcopy(m))

class Name(str):
    pass
class N(int):
    pass
n = Name("12")
print(int(n), float(n), int(Name("ff"), 16), n[::-1], sorted(Name("cab")), "{}-{}".format(n, N(3)), "1" in n, n.zfill(4), n.isdigit(), str(N(7)) + n)
print(float(N(2)), int(N(9)), complex(N(2)), N(3) == 3.0, Name("a") < Name("b"), max(Name("a"), "b"), N(2) in range(5), "abc"[N(1)], [0, 1, 2][N(2):])
d = {Name("k"): 1, N(1): "one"}
print(d, d["k"], d[1], list(d), Name("k") in d, 1 in d)
# str/int/float methods taken from the class accept subclass instances;
# real/imag/numerator/denominator are inherited
class Name(str):
    pass
class Count(int):
    pass
class Ratio(float):
    pass
nm, ct, rt = Name("abc"), Count(5), Ratio(2.5)
print(str.upper(nm), str.split(Name("a b"), " "), list(map(str.title, [nm, "x y"])), int.bit_length(ct))
print(ct.real, ct.imag, ct.numerator, ct.denominator, rt.real, rt.imag, True.real, False.imag, (2.5).imag, (3).imag)
