def add(a, b=10, *args, scale=1, **kw):
    return (a + b + sum(args)) * scale, kw

print(add(1))
print(add(1, 2))
print(add(1, 2, 3, 4))
print(add(1, scale=2))
print(add(a=5, b=5))
print(add(1, 2, extra="x"))
args = [1, 2, 3]
opts = {"scale": 3}
print(add(*args, **opts))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
c()
c()
print(c(5))

total = 0
def bump():
    global total
    total += 1
bump()
bump()
print(total)

square = lambda x: x * x
print(square(7), (lambda: "no args")(), sorted([3, -4, 1], key=lambda v: abs(v)))

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

def make_adders():
    out = []
    for i in range(3):
        def adder(x, i=i):
            return x + i
        out.append(adder)
    return out
print([f(10) for f in make_adders()])

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))

def deco(f):
    def wrapper(*a, **k):
        return "<" + str(f(*a, **k)) + ">"
    return wrapper

@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello(name="amy"))

def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(4)))

def walrus(xs):
    return [y for x in xs if (y := x * 2) > 2]
print(walrus([1, 2, 3]))

def rec(n):
    if n == 0:
        return []
    return rec(n - 1) + [n]
print(rec(5))

def early(xs):
    for x in xs:
        if x > 2:
            return x
    else:
        return None
print(early([1, 2, 3, 4]), early([1]))
print(add.__name__, fib.__name__)
