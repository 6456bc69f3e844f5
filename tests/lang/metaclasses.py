class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __call__(cls, *args):
        obj = super().__call__(*args)
        cls.registry.append(obj)
        return obj
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, i):
        return cls.registry[i]
    def describe(cls):
        return f"<{cls.__name__} with {len(cls)}>"

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"B({self.v})"

class Child(Base):
    pass

a, b = Base(1), Base(2)
c = Child(3)
print(Base.tag, Child.tag, list(Base), len(Child), Base[1], Child.describe())
print(type(Base).__name__, isinstance(Base, Meta), isinstance(a, Base), type(c).__name__)
print(type("Dyn", (Base,), {"x": 5}).x, Meta.__name__)
