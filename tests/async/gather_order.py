# gather's bookkeeping against the ready queue: children that finish in
# the same iteration, failures with and without return_exceptions, a
# cancel of the gather while children finish, and who sees it done when.
import asyncio

async def val(x, n=0):
    for _ in range(n):
        await asyncio.sleep(0)
    return x

async def fail(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError(n)

async def watcher(g, log, rounds):
    for i in range(rounds):
        log.append((i, g.done()))
        await asyncio.sleep(0)

async def main():
    log = []
    g = asyncio.gather(val(1), val(2, 1), val(3, 2), val(4, 2))
    w = asyncio.create_task(watcher(g, log, 6))
    print(await g, log)
    await w

    log = []
    g = asyncio.gather(val(1), fail(1), val(3, 3), return_exceptions=True)
    w = asyncio.create_task(watcher(g, log, 6))
    print(await g, log)
    await w

    log = []
    g = asyncio.gather(val(1), fail(1), val(3, 3))
    w = asyncio.create_task(watcher(g, log, 6))
    try:
        await g
    except ValueError as e:
        print("failed", repr(e), log)
    await w
    await asyncio.sleep(0)

    # cancel the gather after some children are done
    g = asyncio.gather(val(1), val(2, 1), val(3, 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g.cancel(), g.done())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # the same child twice, and done futures
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    t = asyncio.create_task(val(7, 1))
    print(await asyncio.gather(t, f, t, val(8)))

    # many children; callbacks of the children run in finishing order
    order = []
    tasks = [asyncio.create_task(val(i, i % 3)) for i in range(30)]
    for t in tasks:
        t.add_done_callback(lambda t: order.append(t.result()))
    g = asyncio.gather(*tasks)
    g.add_done_callback(lambda g: order.append("gather"))
    res = await g
    await asyncio.sleep(0)
    print(sum(res), order)

asyncio.run(main())
