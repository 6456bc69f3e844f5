# Instantiation keeps up with classes that change after their first
# instances: __init__ and __new__ assigned later, a property added to a
# class (and to a base) whose instances were plain stores, a class gaining
# __eq__, attribute counts that differ between instances.
class P:
    def __init__(self, x):
        self.x = x

a = [P(i) for i in range(3)]
print([p.x for p in a])


def init2(self, x, y=0):
    self.x = x * 10
    self.y = y


P.__init__ = init2
b = P(2, 5)
print(b.x, b.y)


def new(cls, *args):
    o = object.__new__(cls)
    o.made = True
    return o


P.__new__ = new
c = P(1)
print(c.made, c.x)


class Base:
    pass


class Q(Base):
    def __init__(self, v):
        self.v = v
        self.w = v + 1


qs = [Q(i) for i in range(3)]
print(qs[2].v, qs[2].w)


def getv(self):
    return "prop"


def setv(self, value):
    self.__dict__["_v"] = value * 2


Base.v = property(lambda self: self._v, lambda self, value: setattr(self, "_v", value * 2))
q = Q(4)
print(q.v, q._v, q.w)


class R:
    def __init__(self, many):
        if many:
            for i in range(10):
                setattr(self, f"a{i}", i)
        self.last = "ok"


r1, r2 = R(False), R(True)
print(r1.last, r2.a9, r2.last, len(vars(r2)))


class E:
    def __init__(self, k):
        self.k = k


e1 = E(1)
E.__eq__ = lambda self, other: isinstance(other, E) and self.k == other.k
E.__hash__ = lambda self: hash(self.k)
print(E(1) == e1, E(2) == e1, len({E(1), E(1), E(3)}))


class Counted:
    n = 0

    def __init__(self):
        Counted.n += 1
        self.id = Counted.n


for _ in range(5):
    Counted()
print(Counted.n, Counted().id)


class Bad:
    def __init__(self):
        return 5


Bad.__init__ = lambda self: None
print(type(Bad()).__name__)
Bad.__init__ = lambda self: 3
try:
    Bad()
except TypeError as ex:
    print("TypeError", ex)
