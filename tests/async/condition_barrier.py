# Condition (wait, wait_for, notify, notify_all) and Barrier.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def conditions():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)


async def party(barrier, name):
    print(name, "arrives")
    index = await barrier.wait()
    print(name, "passes", index)


async def barriers():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, n) for n in "xyz"))
    print(b.parties, b.n_waiting, b.broken)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(party(b2, "lonely"))
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("broken", b2.broken)


asyncio.run(conditions())
asyncio.run(barriers())
