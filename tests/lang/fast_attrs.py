# Attributes this module assigns are read without a fallback; objects of
# classes that have something of the same name (a property, a method, a
# classmethod, __getattr__, in any module) still get Python's semantics
import _fast_attr_helper as h

class P:
    def __init__(self, x):
        self.x = x
        self.speed = 1
        self.run = "field"
        self.make = 0
        self.label = "p"

p = P(3)
print(p.x, p.speed, p.run, p.make, p.label)
p.x += 4
p.x -= 1
print(p.x)
c = h.Car()
print(c.speed, c.run(), c.run.__name__, type(c.make).__name__, type(c.make()).__name__)
d = h.Dyn()
print(d.x, d.label, d.speed)
for o in [p, c, [], "s", 1, None, True, lambda: 1, {}, (1,), {1}, h.Base()]:
    try:
        o.missing_attr
    except AttributeError as e:
        print("AttributeError", e)
p.missing_attr = 1
print(p.missing_attr, hasattr(c, "missing_attr"), getattr(c, "missing_attr", "dflt"))
del p.missing_attr
try:
    print(p.missing_attr)
except AttributeError as e:
    print("AttributeError", e)

class Q:
    label = "class-level"
q = Q()
print(q.label)
q.label = "instance"
print(q.label, Q.label)
try:
    print(P.label)
except AttributeError as e:
    print("AttributeError", e)

b = h.Base()
b.x = 1
print(b.x)
h.Base.extra = property(lambda self: "prop")
try:
    print(h.Base().extra)
except AttributeError as e:
    print("AttributeError", e)
h.Base.label = property(lambda self: "late property")
print(h.Base().label)

class R:
    def __init__(self):
        self.value = 0
    def bump(self):
        self.value += 1
        return self.value
r = R()
print(r.bump(), r.bump(), r.value)
import math
try:
    math.label
except AttributeError as e:
    print("AttributeError", e)
