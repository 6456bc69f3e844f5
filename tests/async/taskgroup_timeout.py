# TaskGroup (results, first failure cancels siblings, ExceptionGroup with
# except*), timeout/timeout_at with reschedule, shield, wait, as_completed.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError("job " + name + " failed")
        print("finished", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.04))
        b = tg.create_task(job("b", 0.01))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.001, fail=True))
            tg.create_task(job("bad2", 0.001, fail=True))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions))


async def timeouts():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("expired?", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 10) as cm:
            cm.reschedule(loop.time() + 0.005)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline", cm.when())
    try:
        await asyncio.wait_for(job("w", 1), timeout=0.005)
    except asyncio.TimeoutError:
        print("wait_for timed out")


async def others():
    inner = asyncio.create_task(job("shielded", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("outer timed out, inner cancelled:", inner.cancelled())
    print(await inner)
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("x", 0.06), ("y", 0.02))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    order = []
    for f in asyncio.as_completed([job("p", 0.06), job("q", 0.02), job("r", 0.04)]):
        order.append(await f)
    print(order)


asyncio.run(groups())
asyncio.run(timeouts())
asyncio.run(others())
