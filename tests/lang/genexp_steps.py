# Generator expressions with one for clause run as step functions (no
# coroutine): the generator protocol still behaves as CPython's.
fs = list((lambda: v) for v in range(3))
print([f() for f in fs])
g = (x * 2 for x in [1, 2, 3])
print(next(g), list(g), list(g))
g = (1 // x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("zde", e)
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
g = (x for x in [1, 2])
try:
    g.send(3)
except TypeError as e:
    print(e)
print(g.send(None), g.send(7))
g = (x for x in [1, 2])
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(list(g))
g = (x for x in [1, 2])
g.close()
print(list(g))
print(type(g).__name__, repr(g)[:30], repr((lambda: (x for x in []))())[:50])
import types
print(isinstance(g, types.GeneratorType))
def outer():
    k = 10
    return list(x + k for x in range(3) if x != 1)
print(outer())
print(sum(x for x in range(10)), any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(" ".join(str(a) + b for a, b in zip(range(3), "abc")))
print(max(len(w) for w in "a bb ccc".split()), min((w for w in "xy ab".split()), key=lambda s: s[1]))
print(dict((k, v) for k, v in [(1, 2)]), sorted(set(c for c in "hello")), tuple(i for i in range(2)))
it = iter([1, 2, 3, 4])
g = (x for x in it)
print(next(g), next(it), list(g))
def gen():
    yield 1
    yield 2
print(list(y * 3 for y in gen()))
print(list(x for x in range(3) if x for _ in range(2)))
print([list(p for p in range(q)) for q in range(3)])
def deleg():
    yield from (c.upper() for c in "ab")
print(list(deleg()))
h = (x for x in range(3))
for v in h:
    if v == 1:
        break
print(list(h))
