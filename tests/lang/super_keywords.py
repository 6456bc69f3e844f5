# Keyword arguments through super(): to __init__ and to methods with plain
# signatures, with *args/**kwargs, to builtin bases, and with errors.
class A:
    def __init__(self, a, b=2, c=3):
        self.vals = (a, b, c)

    def m(self, a, b):
        return a, b

    def v(self, *args, **kw):
        return args, sorted(kw.items())


class C(A):
    def __init__(self):
        super().__init__(1, c=5)

    def m(self, a, b):
        return super().m(b=b, a=a)

    def v(self):
        return super().v(1, 2, x=3, y=4)


c = C()
print(c.vals, c.m(1, 2), c.v())


class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = 1


print(D(a=1, b=2), D(a=1).extra)


class E(A):
    def __init__(self):
        super().__init__(a=1, d=4)


try:
    E()
except TypeError as e:
    print("TypeError", e)
kw = {"b": 20, "c": 30}


class F(A):
    def __init__(self):
        super().__init__(0, **kw)


print(F().vals)
