# __module__, __name__ and __qualname__ assigned on a class are its own:
# a subclass made afterwards keeps its own names, and reprs follow.
class A:
    pass


A.__module__ = "pkg.mod"
A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"


class B(A):
    pass


print(B.__module__, B.__name__, B.__qualname__)
print(A.__module__, A.__name__, A.__qualname__, A)
print(repr(A()).startswith("<pkg.mod.Outer.Renamed object"), B)
