# await f(args): the body of an async def runs at once, without a coroutine object
# (argument errors, defaults, keywords, methods, runtime coroutines)
import asyncio
async def add(a, b=2, *, k=3):
    await asyncio.sleep(0)
    return a + b + k
async def bad(x):
    raise ValueError(x)
class C:
    async def m(self, v):
        return v * 2
async def main():
    print(await add(1), await add(1, 5), await add(a=1, k=0))
    try:
        await add()
    except TypeError as e:
        print("TypeError", e)
    c = add(10)
    print(type(c).__name__)
    print(await c)
    try:
        await bad(3)
    except ValueError as e:
        print("bad", e)
    print(await C().m(4))
    q = asyncio.Queue()
    await q.put(1)
    print(await q.get(), await asyncio.sleep(0, "s"))
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    print(await ev.wait())
asyncio.run(main())
