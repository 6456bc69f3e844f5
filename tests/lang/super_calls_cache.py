# super().m(...) calls: cooperative chains, classmethods, methods replaced
# on a base after calls were made (the cached lookup must follow), explicit
# super(B, self), missing methods.
class A:
    def m(self, x):
        return ("A", x)

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    def __init__(self):
        self.init = "A"


class B(A):
    def m(self, x):
        return ("B",) + super().m(x)

    @classmethod
    def c(cls):
        return ("B.c",) + super().c()

    def __init__(self):
        super().__init__()


class C(B):
    def m(self, x):
        return ("C",) + super().m(x)


c = C()
print(c.m(1), C.c(), c.init)
A.m = lambda self, x: ("A2", x)
print(c.m(2))


def newm(self, x):
    return ("B2",) + super(B, self).m(x)


B.m = newm
print(c.m(3))


class D(B):
    pass


print(D().m(4), B().m(5))


class E:
    def __init__(self, v):
        self.v = v


class F(E):
    def __init__(self, v):
        super().__init__(v * 2)

    def __getattr__(self, name):
        return name


print(F(2).v, F(1).zzz)
try:
    class G(A):
        def m(self, x):
            return super().nosuch(x)
    G().m(1)
except AttributeError as e:
    print("AttributeError", e)
