# Deterministic orders: __set_name__ in class-body order; vars() of an
# object whose class has its own __setattr__, in assignment order.
class R:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v)
    def __init__(self):
        self.b = 1
        self.a = 2
        self.c = 3
        self.d = 4
print(vars(R()))
order = []
class D:
    def __set_name__(self, owner, name):
        order.append(name)
class K:
    a = D()
    b = D()
    c = D()
    d = D()
print(order)
names = []
class D:
    def __set_name__(self, owner, name): names.append(name)
class K:
    zeta = D()
    alpha = D()
    mid = D()
print(names)
