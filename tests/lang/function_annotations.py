# A def's __annotations__: evaluated when the def runs, in parameter order
# with "return" last; a def without any has an empty dict of its own.
import functools

def f(a: int, b: str = "s", *c: int, d: float = 1.0, **e: bool) -> list:
    pass

def g(x, y):
    pass

class K:
    def m(self, n: "K") -> None:
        pass
    async def am(self, t: tuple[int, ...]) -> dict[str, int]:
        return {}

def deco(fn):
    @functools.wraps(fn)
    def inner(*args, **kw):
        return fn(*args, **kw)
    return inner

@deco
def wrapped(p: int) -> int:
    return p

order = []
def note(v):
    order.append(v)
    return v

def h(a: note(1), b: note(2)) -> note(3):
    pass

print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
print(K.m.__annotations__, K.am.__annotations__)
print(h.__annotations__, order)
print(sorted(wrapped.__annotations__))
