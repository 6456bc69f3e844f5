# await f(args) with 0-4 arguments, alternating runtime coroutines (the
# per-arity caches), and wrong argument counts to runtime coroutines
import asyncio

async def f0(): return "f0"
async def f1(a): return ("f1", a)
async def f2(a, b): return ("f2", a, b)
async def f3(a, b, c): return ("f3", a, b, c)
async def f4(a, b, c, d): return ("f4", a, b, c, d)

class K:
    async def m(self, x): return ("m", x)

async def main1():
    print(await f0(), await f1(1), await f2(1, 2), await f3(1, 2, 3), await f4(1, 2, 3, 4))
    print(await K().m(5))
    q = asyncio.Queue()
    ev = asyncio.Event()
    ev.set()
    s = 0
    for i in range(5):
        await q.put(i)
        await ev.wait()
        s += await q.get()
        r = await asyncio.sleep(0, i)
        s += r
    print(s)
    try:
        await q.put()
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError", e)
    try:
        await f1()
    except TypeError as e:
        print("TypeError", e)
    try:
        await f1(1, 2)
    except TypeError as e:
        print("TypeError", e)


async def main2():
    q = asyncio.Queue()
    ev = asyncio.Event()
    for thunk in [lambda: q.put(1, 2), lambda: q.get(1), lambda: asyncio.sleep(0, 1, 2), lambda: ev.wait(1)]:
        try:
            await thunk()
            print("no error")
        except TypeError as e:
            print("TypeError", e)
    try:
        await q.put(1, 2)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
    try:
        await q.get(1)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
    try:
        await ev.wait(1)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.sleep(0, 1, 2)
        print("no error")
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main1())
asyncio.run(main2())
