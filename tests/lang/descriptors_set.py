# Data descriptors (__set__) see every assignment and take precedence over
# instance attributes; non-data descriptors cache through __dict__.
class Positive:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return getattr(obj, self.name)
    def __set__(self, obj, v):
        if v < 0: raise ValueError("must be >= 0")
        setattr(obj, self.name, v)
class Item:
    qty = Positive()
    def __init__(self, q): self.qty = q
try:
    Item(-1)
    print("no error")
except ValueError as e:
    print("ValueError:", e)
it = Item(5)
print(it.qty, it._qty, vars(it))
it.qty = 7
print(it.qty)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class A:
    @Lazy
    def big(self):
        print("computing")
        return 42
a = A()
print(a.big, a.big)
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.t): raise TypeError(f"{self.name} must be {self.t.__name__}")
        obj.__dict__[self.name] = value
class B:
    x = Typed(int)
    def __init__(self, x): self.x = x
b = B(3)
print(b.x)
try:
    b.x = "s"
except TypeError as e:
    print("TypeError:", e)
print(b.x)
