# enum: class-level protocol (iteration, len, in, reversed, Cls['NAME']) and what
# depends on definition order (aliases, auto(), unique); needs metaclass dunders
# and class namespaces that keep definition order
from enum import Enum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1   # alias of RED

print(Color.CRIMSON is Color.RED, repr(Color.CRIMSON), Color(1).name)
print(Color["BLUE"], Color["CRIMSON"])
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
print(list(Color.__members__), [m.name for m in Color.__members__.values()])
print(list(Color), len(Color), [c.value for c in Color])
print(Color.RED in Color, list(reversed(Color)))
print(repr(Color), str(Color))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), [a.value for a in Animal])


class Perm(Flag):
    R = 4
    W = 2
    X = 1

print(str(Perm.R | Perm.X), repr(Perm.R | Perm.X), list(Perm.R | Perm.X), len(Perm.R | Perm.W))
print(~Perm.R, Perm(0), bool(Perm(0)), Perm(7))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

print(Shape.CIRCLE.value, Shape.SQUARE.value, Shape.TRIANGLE.value, Shape(2))


class Mixed(Enum):
    A = 10
    B = auto()
    C = "x"

print(Mixed.B.value, Mixed.C.value, Mixed("x"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


@unique
class Fine(Enum):
    X = 1
    Y = 2

print(Fine.Y)


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()

print(Opt.A.value, Opt.B.value, Opt.C.value, (Opt.A | Opt.C).value)
