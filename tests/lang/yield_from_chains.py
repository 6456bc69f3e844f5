# yield from chains are driven one level at a time by the consumer (no
# nested coroutine resumes): send/throw/close go to the innermost
# generator, results and exceptions come back at the yield from, and
# chains deeper than Lua's C-stack limit work.
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e))
    yield "end"

g = outer()
print(next(g)); print(g.send("a")); print(g.send("b")); print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

g2 = outer(); next(g2); next(g2)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(next(g2, "exhausted"))
g3 = outer(); next(g3)
g3.close()
print("closed")
def gen_ret():
    yield from ()
    return 5
def use():
    v = yield from gen_ret()
    yield v
print(list(use()))
def sub_raises():
    yield 1
    raise IndexError("deep")
def chain(n):
    if n == 0:
        yield from sub_raises()
    else:
        yield from chain(n - 1)
try:
    print(list(chain(300)))
except IndexError as e:
    print("caught", e)
def walk(n):
    if n:
        yield from walk(n - 1)
    yield n
print(sum(walk(500)))
it = iter([1, 2])
def from_iter():
    r = yield from it
    yield r
print(list(from_iter()))
def self_ref():
    yield from g4
g4 = self_ref()
try:
    next(g4)
except ValueError as e:
    print("ValueError", e)
def gexp():
    yield from (x * 2 for x in range(3))
print(list(gexp()))
