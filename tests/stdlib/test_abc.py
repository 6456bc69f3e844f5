# abc: ABC, ABCMeta, abstractmethod and the instantiation check
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half, Square):
    try:
        obj = cls(3) if cls is Square else cls()
        print("created", type(obj).__name__, obj.describe())
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(isinstance(Square(1), Shape), issubclass(Square, ABC))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Impl(Base):
    def run(self):
        return "running"

    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()


try:
    Base()
except TypeError as e:
    print("TypeError", e)
i = Impl.make()
print(i.run(), i.name)


class Plain(ABC):
    def __init__(self, a, b=2):
        self.total = a + b


print(Plain(1).total, Plain(1, b=5).total)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
