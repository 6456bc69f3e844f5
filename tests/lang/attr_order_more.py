# __dict__ order for attributes set by setattr() or outside the class's
# methods; property.fget/fset called as methods.
class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
print(vars(Rec(name="ann", age=30, city="Oslo")))
class P:
    pass
p = P()
p.b = 1
p.a = 2
p.zz = 3
print(p.__dict__)
def fill(o):
    o.second = 2
    o.first = 1
q = P()
fill(q)
print(vars(q))
import types
ns = types.SimpleNamespace(y=1, x=2)
ns.w = 3
print(vars(ns), ns)
class A:
    @property
    def x(self): return 1
    @x.setter
    def x(self, v): pass
p = A.x
print(type(p).__name__)
print(p.fget(A()), A.x.fget(A()), A.x.fset is not None, A.x.fdel)
print(A.__dict__["x"].fget(A()))
