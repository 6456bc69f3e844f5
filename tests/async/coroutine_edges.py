# Coroutines that fall off their end, renamed coroutine functions
# (functools.wraps), keywords a builtin ignored, SystemExit and
# KeyboardInterrupt out of asyncio.run with other tasks to clean up.
import asyncio
import functools
import sys


async def find(items, target):
    for x in items:
        if x == target:
            return x


async def nothing():
    pass


class Ctx:
    async def __aenter__(self):
        pass

    async def __aexit__(self, *exc):
        pass


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        print("calling", fn.__name__)
        return await fn(*a, **k)
    return wrapper


@logged
async def add(a, b):
    return a + b


class P:
    def __new__(cls, **kw):
        return super().__new__(cls)


def run(*args):
    return "ok " + str(len(args))


def scale(x, factor=1):
    return x * factor


async def main():
    r = await find([1, 2], 9)
    print(r is None, type(r).__name__, [await nothing()], await find([1, 2], 2))
    async with Ctx() as c:
        print("as", c)
    t = asyncio.create_task(nothing())
    print(await t)
    print(await add(1, 2), await add(a=3, b=4), add.__name__)
    P(c=9)
    print(run(5))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(scale, 5, factor=4)))

asyncio.run(main())


async def exiting(code):
    async def worker():
        try:
            await asyncio.sleep(10)
        finally:
            print("worker cleanup")
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    if code is None:
        raise KeyboardInterrupt
    sys.exit(code)

try:
    asyncio.run(exiting(4))
except SystemExit as e:
    print("SystemExit", e.code)
try:
    asyncio.run(exiting(None))
except KeyboardInterrupt:
    print("KeyboardInterrupt")
