# Locals that are surely lists: append stored in place and len() read from
# the count; a local rebound through nonlocal has no static type (x + y
# of a str turned int raises TypeError, not concatenation).
def f(xs):
    out = []
    for x in xs:
        out.append(x * 2)
    out.append(len(out))
    ys = list(xs)
    ys.append(ys)
    print(len(ys), ys[-1] is ys)
    s = "a b c".split()
    s.append("d")
    t = sorted(s, reverse=True)
    t.append(len(t))
    z = [x for x in xs]
    if len(z) > 1:
        z = "str"
    print(len(z))
    try:
        z.append(1)
    except AttributeError as e:
        print(e)
    w = []
    def inner():
        nonlocal w
        w = "x"
    inner()
    print(len(w))
    q = []
    q.append(q.append(1))
    print(q)
    class L(list):
        def append(self, v):
            super().append(v * 10)
    m = L()
    m.append(1)
    print(m, out, s, t, len(out))
    r = []
    r.append(
        7
    )
    print(r)
f([1, 2, 3])
def g():
    a = []
    a.append(1)
    del a
    try:
        a.append(2)
    except NameError as e:
        print(type(e).__name__)
g()
def h():
    x = "a"
    y = "b"
    def inner():
        nonlocal x
        x = 5
    inner()
    try:
        print(x + y)
    except TypeError as e:
        print("TypeError", e)
h()
