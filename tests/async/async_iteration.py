# async generators (asend, athrow, aclose with finally), async for over
# generators and over classes with __aiter__/__anext__, async with,
# async comprehensions and await inside comprehensions.
import asyncio


async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker closed")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError


async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError:
        yield "caught"


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    async for t in ticker(3, 0.001):
        print("tick", t)
    gen = ticker(10, 0)
    async for t in gen:
        if t == 1:
            break
    await gen.aclose()
    print([x async for x in Countdown(3)])
    print([await double(x) for x in range(3)])
    print({x: y async for x, y in pairs()})
    async with Resource("a") as r, Resource("b"):
        print("inside", r.name)
    async with Resource("c"):
        raise KeyError("suppressed")
    try:
        async with Resource("d"):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", e)
    g = echo()
    print(await g.asend(None), await g.asend("x"), await g.asend("y"))
    print(await g.athrow(ValueError))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    print(type(g).__name__)


async def pairs():
    for i in range(3):
        yield i, str(i)


asyncio.run(main())
