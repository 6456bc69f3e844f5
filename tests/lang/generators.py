def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("got", s.value)

def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]

print(list(outer()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

c = closing()
print(next(c))
c.close()

gen_exp = (i * i for i in range(4))
print(next(gen_exp), list(gen_exp), list(gen_exp))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "bbb", "cc"]))

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

print(list(Squares(4)), [x for x in Squares(3)])
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(list(zip(*[(1, "a"), (2, "b")])))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
print(dict(zip("abc", range(3))), list(map(lambda a, b: a + b, [1, 2], [10, 20])))

def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield f"caught {ex}"

t = thrower()
print(next(t), t.throw(ValueError("boom")))
