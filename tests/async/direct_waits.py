# Tasks waiting on queues, events and sleeps (the runtime registers the
# task itself as the waiter): wake-up order, cancellation at the suspension
# point, passing a turn on, timeouts, async generators; then Event and
# timer-heap stress (purge of cancelled timers) and gather/callbacks.
import asyncio

async def getter(q, name, log):
    try:
        v = await q.get()
        log.append(f"{name} got {v}")
        return v
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise

async def waiter(ev, name, log):
    try:
        await ev.wait()
        log.append(f"{name} woke")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise

async def sleeper(d, name, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} slept")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise

async def main():
    log = []
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel("bye")
    q.put_nowait(1)
    q.put_nowait(2)
    await asyncio.sleep(0)
    # woken then cancelled: passes the turn
    q.put_nowait(3)
    ts[2].cancel()
    q.put_nowait(4)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in ts:
        print(t.cancelled(), t.done(), (t.result() if t.done() and not t.cancelled() else None))
    print(log, q.qsize())
    log.clear()
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    ws[0].cancel("m")
    print(ws[0].cancel(), ws[0].cancelling())
    ev.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([t.cancelled() for t in ws], log)
    log.clear()
    # sleeps
    ss = [asyncio.create_task(sleeper(0.01 * (i + 1), f"s{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    ss[1].cancel()
    await asyncio.gather(*ss, return_exceptions=True)
    print([t.cancelled() for t in ss], log)
    # timeouts on direct waits
    try:
        async with asyncio.timeout(0.01):
            await q.get()
    except TimeoutError:
        print("timeout get ok")
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 0.01)
    except TimeoutError:
        print("timeout wait ok")
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError:
        print("timeout sleep ok")
    # self-cancel before waiting
    async def selfcancel():
        asyncio.current_task().cancel("self")
        try:
            await q.get()
        except asyncio.CancelledError as e:
            print("selfcancel", e.args)
            raise
    t = asyncio.create_task(selfcancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), q.qsize())
    # cancel a task before it starts
    t = asyncio.create_task(q.get())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    # False and None items
    q.put_nowait(False); q.put_nowait(None); q.put_nowait(0)
    print(q.qsize(), q.get_nowait(), q.get_nowait(), q.get_nowait(), q.qsize())
    # bounded queue putters cancelled
    bq = asyncio.Queue(1)
    await bq.put("a")
    async def putter(v):
        try:
            await bq.put(v)
            log.append(f"put {v}")
        except asyncio.CancelledError:
            log.append(f"put {v} cancelled")
            raise
    log.clear()
    ps = [asyncio.create_task(putter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ps[0].cancel()
    print(bq.get_nowait())
    await asyncio.sleep(0)
    print(bq.get_nowait())
    await asyncio.sleep(0)
    print(bq.get_nowait(), log)
    # TaskGroup aborting waiters
    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("x")
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(getter(q, f"tg{i}", log))
            tg.create_task(waiter(asyncio.Event(), "tgw", log))
            tg.create_task(sleeper(5, "tgs", log))
            tg.create_task(boom())
    except* ValueError as eg:
        print("eg", eg.exceptions)
    print(sorted(log))
    # double cancel
    t = asyncio.create_task(sleeper(5, "dc", log))
    await asyncio.sleep(0)
    print(t.cancel("one"), t.cancel("two"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("dc cancelled")
    # async generator awaiting a queue
    async def agen():
        for i in range(3):
            yield await q.get()
    for i in range(3): q.put_nowait(i * 10)
    print([x async for x in agen()])
    async def agen2():
        yield await q.get()
    async def consume():
        async for x in agen2():
            print("agen2", x)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0)
    q.put_nowait(99)
    await t
    t = asyncio.create_task(consume())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, q.empty())

asyncio.run(main())
