# contextlib: contextmanager (normal exit, exception inside, as a decorator),
# asynccontextmanager, suppress, nullcontext, closing, ExitStack and
# AsyncExitStack (order, suppression, callbacks), aclosing.
import asyncio
from contextlib import (contextmanager, asynccontextmanager, suppress, nullcontext,
                        closing, aclosing, ExitStack, AsyncExitStack)


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("</" + name + ">")


with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)


@tag("deco")
def decorated(x):
    print("call", x)
    return x * 2

print(decorated(21))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print("null", v)


class Res:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with closing(Res("r")) as r:
    print("using", r.name)

with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(Res(n))
    stack.callback(print, "callback ran")
    print("body")

with ExitStack() as stack:
    stack.push(lambda et, e, tb: True)
    stack.enter_context(Res("z"))
    raise RuntimeError("swallowed by the pushed exit")
print("after stack")


@asynccontextmanager
async def session(name):
    await asyncio.sleep(0)
    print("open", name)
    try:
        yield name + "!"
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers finalized")


async def main():
    async with session("s1") as s:
        print("got", s)
    try:
        async with session("s2"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("s3"))
        stack.enter_context(Res("sync"))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stacked", a)
    async with aclosing(numbers()) as gen:
        async for i in gen:
            if i == 2:
                break
    print("done")

asyncio.run(main())
