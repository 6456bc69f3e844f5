# Queues (FIFO, priority, LIFO, bounded with join/task_done), Event, Lock,
# Semaphore and BoundedSemaphore, with the interleavings CPython produces.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)
        print("got", item)


async def queues():
    q = asyncio.Queue(2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.full(), q.maxsize)
    await q.join()
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("full")
    try:
        await asyncio.wait_for(full.put(3), 0.01)
    except asyncio.TimeoutError:
        print("put timed out", full.qsize())


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def locked_work(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")


async def limited(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.001)
        active[0] -= 1
    return i


async def primitives():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), await ev.wait())
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_work(lock, str(i), log) for i in range(3)))
    print(log, lock.locked())
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    print(await asyncio.gather(*(limited(sem, i, active, peak) for i in range(6))), peak[0])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)


asyncio.run(queues())
asyncio.run(primitives())
