import os.path as p, sys
from ..m import (a as b, c,)
from . import x
from m import *
@dec(1)
@a.b
async def f(a, b: int = 2, /, c=3, *args, d, e=4, **kw) -> None:
    """doc"""
    x = y = [1, *z]
    a, b = b, a
    *first, last = items
    x += 1; y **= 2
    x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x @= 1
    x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
    z: int = 5
    (w): str
    obj.attr: int
    if a:
        pass
    elif b:
        return
    elif c: return 1, 2
    else:
        raise E from err
    for i, j in enumerate(x):
        continue
    else:
        break
    async for k in aiter(): pass
    while x: x -= 1
    else: pass
    async with a as (b, c), d:
        await foo()
    with (open(a) as f, open(b) as g,):
        pass
    try:
        pass
    except (A, B) as e:
        del x[1], y.z
    except:
        pass
    else:
        pass
    finally:
        pass
    try:
        pass
    except* ValueError:
        pass
    global q
    nonlocal r
    assert x, "msg"
    yield
    x = yield 1
    yield from g
class C(B, *bases, metaclass=M, **kw):
    x = 1; y = 2;
def g(*, k): pass
def h(a, /): pass
