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
