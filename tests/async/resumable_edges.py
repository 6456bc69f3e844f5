# More resumable-body edges: errors raised by the awaited call or await
# itself, sync callables returning futures, keyword awaits, SystemExit,
# sys.exc_info across steps, subclasses of Event and Future, shield.
import asyncio
import sys

async def helper(a, b):
    await asyncio.sleep(0)
    return a + b

async def wrong_args():
    await asyncio.sleep(0)
    r = await helper(1, 2, 3)
    return r

async def not_awaitable():
    await asyncio.sleep(0)
    await 5

def blocking(x):
    return x * 3

async def executor_user():
    loop = asyncio.get_running_loop()
    v = await loop.run_in_executor(None, blocking, 7)
    return v

async def kw_sleep():
    v = await asyncio.sleep(0.001, result=5)
    return v

async def self_await():
    await asyncio.sleep(0)
    await asyncio.current_task()

async def exits():
    await asyncio.sleep(0)
    sys.exit(3)

async def exc_info_steps():
    try:
        raise KeyError("k")
    except KeyError:
        before = sys.exc_info()[0].__name__
    await asyncio.sleep(0)
    after = sys.exc_info()[0]
    return before, after

class MyEvent(asyncio.Event):
    pass

class LoudEvent(asyncio.Event):
    async def wait(self):
        print("loud wait")
        return await super().wait()

async def sub_waits(e1, e2):
    a = await e1.wait()
    b = await e2.wait()
    return a, b

class MyFuture(asyncio.Future):
    pass

async def await_fut(f):
    v = await f
    return v

async def shielded(t):
    return await asyncio.shield(t)

async def main():
    for coro in (wrong_args(), not_awaitable(), self_await()):
        try:
            await asyncio.create_task(coro)
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__, str(e).replace(__file__, "F"))
    print(await asyncio.create_task(executor_user()), await asyncio.create_task(kw_sleep()))
    print(await asyncio.create_task(exc_info_steps()))
    e1, e2 = MyEvent(), LoudEvent()
    t = asyncio.create_task(sub_waits(e1, e2))
    await asyncio.sleep(0)
    e1.set()
    await asyncio.sleep(0)
    e2.set()
    print(await t)
    loop = asyncio.get_running_loop()
    f = MyFuture()
    t = asyncio.create_task(await_fut(f))
    await asyncio.sleep(0)
    f.set_result("mine")
    print(await t)
    inner = asyncio.create_task(helper(2, 3))
    outer = asyncio.create_task(shielded(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled(), await inner)
    c = helper(1, 1)
    t = asyncio.create_task(c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    print(await t)
    p = asyncio.create_task(wrong_args())
    t = asyncio.create_task(helper(0, 0))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(await_fut(t))
    t2.cancel()
    print(await asyncio.gather(t2, p, return_exceptions=True))
    await asyncio.create_task(exits())

try:
    asyncio.run(main())
except SystemExit as e:
    print("exit", e.code)
