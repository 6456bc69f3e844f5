# enum: members, lookup by value, names/values, repr/str, _missing_, functional API
# and Flag (class iteration, definition order, auto() and unique: test_enum_meta.py)
from enum import Enum, Flag
import enum
import copy


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color(1) is Color.RED, Color(3) is Color.BLUE)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED.describe(), Color.BLUE.lower, Color.default())
print(isinstance(Color.RED, Color), type(Color.RED) is Color, type(Color.RED).__name__)
print({Color.RED: "r", Color.GREEN: "g"}[Color(1)], hash(Color.RED) == hash(Color.RED))
print(sorted(Color.__members__), sorted(m.value for m in Color.__members__.values()))
print(f"{Color.GREEN}", "%s" % Color.BLUE, str(Color.BLUE), Color.RED._name_, Color.RED._value_)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls.__members__.values():
                if m.value == value.lower():
                    return m
        return None

print(Status("ACTIVE"), Status("inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, Animal(3))
Pair = Enum("Pair", [("LEFT", 10), ("RIGHT", 20)])
print(Pair(20), Pair.LEFT.value)


class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.W), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print((rw & Perm.R) is Perm.R, (rw ^ Perm.R) is Perm.W)


class WithMethods(Enum):
    A = 1
    B = 2
    _ignore_ = ["tmp"]
    tmp = 5

    def __str__(self):
        return "WM-" + self.name

print(WithMethods.A, str(WithMethods.B), hasattr(WithMethods, "tmp"), len(WithMethods.__members__))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
