# instances as dict/set keys: by identity until their class is given __hash__
class A:
    pass
a1, a2 = A(), A()
d = {a1: 1, a2: 2}
s = {a1, a2, a1}
print(d[a1], d[a2], len(s), a1 in s)
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, B) and o.v == self.v
    def __hash__(self): return hash(self.v)
print({B(1): "x"}[B(1)], len({B(1), B(1), B(2)}))
A.__hash__ = lambda self: 7
A.__eq__ = lambda self, o: isinstance(o, A)
print(list({A(): 1, A(): 2}.values()), len({A(), A()}))
class C(A):
    pass
print(len({C(), C()}))
class D:
    pass
x = D()
print({x: 1}[x])
D.__hash__ = lambda self: 1
D.__eq__ = lambda self, o: True
print(len({D(), D()}), {D(): 5}[D()])
