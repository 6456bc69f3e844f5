# A cancel asked for during a task's own step applies at its next real
# suspension: awaits that do not suspend (a set Event, a done future or
# task, a coroutine that returns at once) go on. The cancel message is
# replaced as CPython's cancel() replaces it (None included).
import asyncio

async def immediate():
    return "now"

async def f(ev, fut, done_task):
    asyncio.current_task().cancel()
    await ev.wait()
    print("after ev.wait()")
    v = await fut
    print("after fut", v)
    w = await done_task
    print("after done task", w)
    x = await immediate()
    print("after immediate", x)
    await asyncio.sleep(0)
    print("never")

tasks = []
async def worker(i, fut):
    await asyncio.sleep(0.01 * i)
    if not fut.done():
        fut.set_result(i)
        for t in tasks:
            t.cancel()
    r = await fut
    print("worker", i, "saw", r)
    await asyncio.sleep(0)

async def g():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def main():
    ev = asyncio.Event()
    ev.set()
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    done_task = asyncio.create_task(immediate())
    await done_task
    try:
        await asyncio.create_task(f(ev, fut, done_task))
    except asyncio.CancelledError:
        print("cancelled")
    fut2 = asyncio.get_running_loop().create_future()
    tasks.extend(asyncio.create_task(worker(i, fut2)) for i in range(1, 3))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    t = asyncio.create_task(g())
    await asyncio.sleep(0)
    t.cancel("m")
    print(await asyncio.gather(t, return_exceptions=True))
    t = asyncio.create_task(g())
    await asyncio.sleep(0)
    t.cancel("m2")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print(e.args)

asyncio.run(main())
