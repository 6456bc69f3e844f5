# Coroutines whose awaits are whole top-level statements run as tasks
# without a thread of their own (resumable bodies): order, values, locals,
# cancellation, exceptions and tracebacks are CPython's.
import asyncio
import traceback

log = []

async def work(i, scale=10, *rest, tag="t", **kw):
    a = i * scale
    await asyncio.sleep(0)
    b = a + len(rest) + len(kw)
    log.append((tag, i, a, b))
    c = await asyncio.sleep(0, b + 1)
    return [a, b, c, rest, sorted(kw)]

async def ev_waiter(ev, i):
    log.append(("wait", i))
    await ev.wait()
    log.append(("woke", i))
    return i

async def fut_waiter(fut):
    v = await fut
    return v * 2

async def helper(x):
    await asyncio.sleep(0)
    log.append(("helper", x))
    return x + 1

async def nested(x):
    y = await helper(x)
    z = await helper(y)
    return x, y, z

async def failing(n):
    await asyncio.sleep(0)
    if n:
        raise ValueError(f"bad {n}")
    return n

async def fail_first():
    raise KeyError("early")
    await asyncio.sleep(0)

class Base:
    async def run(self, x):
        await asyncio.sleep(0)
        return ("base", x)

class Child(Base):
    async def run(self, x):
        r = await super().run(x + 1)
        return ("child", r, self.__class__.__name__)

async def uses_comp(xs):
    ys = [x * 2 for x in xs if x]
    await asyncio.sleep(0)
    try:
        d = {x: x for x in ys}[0]
    except KeyError as e:
        d = ("missing", e.args)
    return ys, d, asyncio.current_task().get_name()

async def unbound(flag):
    if flag:
        v = 1
    await asyncio.sleep(0)
    return v

async def sleeper(d, i):
    await asyncio.sleep(d)
    log.append(("slept", i))
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    tasks.append(asyncio.create_task(work(5, 2, 7, 8, tag="x", k=1)))
    print(await asyncio.gather(*tasks))
    ev = asyncio.Event()
    ws = [asyncio.create_task(ev_waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws), await asyncio.create_task(ev_waiter(ev, 9)))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(fut_waiter(f))
    await asyncio.sleep(0)
    f.set_result(21)
    print(await t)
    done = loop.create_future()
    done.set_result(4)
    print(await asyncio.create_task(fut_waiter(done)))
    print(await asyncio.create_task(nested(1)), await nested(10))
    r = await asyncio.gather(failing(0), failing(1), fail_first(), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in r])
    print(await asyncio.create_task(Child().run(1)))
    print(await asyncio.create_task(uses_comp([0, 1, 2])))
    try:
        await asyncio.create_task(unbound(False))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    print(await asyncio.gather(*[sleeper(d / 1000, i) for i, d in enumerate([30, 10, 20, 10])]))
    # cancellation: before the first step, in a sleep, in an event wait, on a future, in a nested await
    t1 = asyncio.create_task(work(1))
    t1.cancel()
    t2 = asyncio.create_task(sleeper(10, 2))
    t3 = asyncio.create_task(ev_waiter(asyncio.Event(), 3))
    t4 = asyncio.create_task(fut_waiter(loop.create_future()))
    t5 = asyncio.create_task(nested(5))
    await asyncio.sleep(0)
    for t in (t2, t3, t4, t5):
        t.cancel("stop")
    res = await asyncio.gather(t1, t2, t3, t4, t5, return_exceptions=True)
    print([type(x).__name__ for x in res], [t.cancelled() for t in (t1, t2, t3, t4, t5)])
    try:
        await asyncio.wait_for(sleeper(5, 7), 0.01)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(5, 8))
            tg.create_task(failing(3))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    t = asyncio.create_task(failing(2))
    try:
        await t
    except ValueError:
        tb = traceback.format_exc()
        print([l.strip().replace(__file__, "F") for l in tb.splitlines() if l.strip().startswith(("File", "raise", "await"))])
    print(log)

asyncio.run(main())
