# gen.throw(type, instance) raises the instance; reversed() of dict views;
# a naked exception caught by except* is wrapped with a tuple.
def g():
    try:
        yield 1
    except KeyError as e:
        print("got", repr(e))
        yield 2
x = g()
next(x)
print(x.throw(KeyError, KeyError("x")))
y = g(); next(y)
print(y.throw(KeyError, "msg"))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.keys())), list(reversed(d.values())))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped", repr(g))
except Exception:
    pass
