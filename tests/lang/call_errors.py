def f(a, b, c): return (a, b, c)
def h(a, b=2): return (a, b)
def k(a, *, x, y): return (a, x, y)
def g(a, b, c, d=4, *args, **kw): return a
tests = [
  lambda: f(1),
  lambda: f(),
  lambda: f(1, c=3),
  lambda: h(b=1),
  lambda: h(),
  lambda: f(1, b=1, **{"b": 2}),
  lambda: f(1, 2, 3, a=1),
  lambda: k(1),
  lambda: k(1, x=1),
  lambda: g(1),
  lambda: g(c=1),
  lambda: h(1, 2, c=3),
  lambda: f(b=2, c=3, a=1),
  lambda: h(1, b=5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)

# keyword calls from one call site with changing callees use the right mapping
def p(x, y=0): return ("p", x, y)
def q(y, x=0): return ("q", x, y)
for fn in (p, q, p):
    print(fn(1, y=2) if fn is p else fn(2, x=1))
class C:
    def m(self, a, b=2): return (a, b)
c = C()
for i in range(3):
    print(c.m(b=i, a=1))

# keyword calls to complex signatures and classes, from one call site
def cx(a, b=2, *rest, k, m=5, **extra): return (a, b, rest, k, m, extra)
def cy(a, *, k=1): return (a, k)
for i in range(3):
    print(cx(1, k=i))
    print(cx(1, 2, 3, 4, k=i, z=9))
    print(cx(a=1, b=i, k=0, m=1))
    print(cy(i, k=i + 1))
for t in (lambda: cx(1), lambda: cx(1, k=1, a=2), lambda: cy(k=2), lambda: cy(1, q=2),
          lambda: cx(k=1), lambda: cy(1, 2)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
class P:
    def __init__(self, x, *, y=0, **kw):
        self.v = (x, y, kw)
class Q(P):
    pass
class N:
    def __new__(cls, *a, **kw):
        print("new", a, kw)
        return super().__new__(cls)
    def __init__(self, z=0):
        self.z = z
for i in range(2):
    print(P(1, y=i).v, Q(x=i, w=3).v, N(z=i).z)
try:
    P(y=1)
except TypeError as e:
    print("TypeError:", e)
