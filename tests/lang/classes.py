class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

    def __str__(self):
        return self.name


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []

    def speak(self):
        return super().speak() + " (woof)"


a = Animal("generic")
d = Dog("rex", ["sit"])
print(a.speak(), d.speak(), d.kind, a.kind, Animal.count, d.tricks)
print(repr(a), str(d), [a, d], isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__mro__ == (Dog, Animal, object), Dog.__bases__[0].__name__)
m = d.speak
print(m())


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __bool__(self):
        return bool(self.x or self.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, -v, v == Vec(4, 6), v != Vec(0, 0), len(v), v[0], list(v), sorted([Vec(2, 1), Vec(1, 5)]))
print({Vec(1, 1): "a"}[Vec(1, 1)], bool(Vec(0, 0)), bool(v))
x, y = v
print(x, y)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t


t = Temp.make(25)
print(t.celsius, Temp.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack()
s.append(1)
s.append(2)
print(s.peek(), len(s), s)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, by=1):
        self.n += by
        return self.n

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


cnt = Counter()
cnt()
print(cnt(10))
with Counter() as c2:
    c2()
    raise KeyError("suppressed")
print("after with")
