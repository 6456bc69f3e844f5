# Reprs of Lock, Event, Semaphore, Condition, Barrier, Queue (str and repr);
# Queue subclasses overriding _put/_get/_init/full/put_nowait/get_nowait are
# honoured; Future.result()/exception() on a pending future.
import asyncio
import functools

def addr(text):
    text = str(text)
    i = text.find(" at 0x")
    if i < 0:
        return text
    j = i + 6
    while j < len(text) and text[j] in "0123456789abcdef":
        j += 1
    return text[:i] + " at 0x?" + text[j:]

class DoublingQueue(asyncio.Queue):
    def _put(self, item):
        super()._put(item * 2)

class CountingQueue(asyncio.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.gets = 0
    def _get(self):
        self.gets += 1
        return super()._get()

class WeightQueue(asyncio.Queue):
    """full() by total weight, not by count"""
    def full(self):
        return sum(self._queue) >= 10

class NoisyQueue(asyncio.Queue):
    def put_nowait(self, item):
        print("put_nowait", item)
        super().put_nowait(item)
    def get_nowait(self):
        item = super().get_nowait()
        print("get_nowait", item)
        return item

async def main():
    lock = asyncio.Lock()
    print(addr(repr(lock)))
    await lock.acquire()
    print(addr(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(addr(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(addr(ev))
    ev.set()
    print(addr(ev))
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(addr(ev))
    ev.set()
    await t
    sem = asyncio.Semaphore(2)
    print(addr(sem))
    await sem.acquire(); await sem.acquire()
    print(addr(sem))
    sem.release(); sem.release()
    bsem = asyncio.BoundedSemaphore(1)
    print(addr(bsem))
    cond = asyncio.Condition()
    print(addr(cond))
    async with cond:
        print(addr(cond))
    barrier = asyncio.Barrier(3)
    print(addr(barrier))
    q = asyncio.Queue()
    print(str(q), addr(repr(q)))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q), addr(repr(q)))
    q.get_nowait()
    q.task_done()
    print(q)
    q2 = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(asyncio.Queue.get(q))
    await asyncio.sleep(0)
    print(q)
    q.put_nowait(3)
    await getter
    q2.put_nowait(1)
    putter = asyncio.create_task(q2.put(2))
    await asyncio.sleep(0)
    print(q2)
    q2.get_nowait()
    await putter
    pq = asyncio.PriorityQueue()
    pq.put_nowait(3); pq.put_nowait(1)
    print(pq, asyncio.LifoQueue())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)

    dq = DoublingQueue()
    dq.put_nowait(21)
    await dq.put(4)
    print(dq.qsize(), dq.get_nowait(), await dq.get(), dq.empty())
    cq = CountingQueue()
    for i in range(3):
        await cq.put(i)
    print([await cq.get() for _ in range(3)], cq.gets, str(cq))
    wq = WeightQueue()
    await wq.put(4)
    await wq.put(7)
    print(wq.full(), wq.qsize())
    try:
        wq.put_nowait(1)
    except asyncio.QueueFull:
        print("QueueFull by weight")
    async def later():
        await asyncio.sleep(0.01)
        print("got", await wq.get())
    t = asyncio.create_task(later())
    await wq.put(1)
    print("put done", list(wq._queue))
    await t
    nq = NoisyQueue()
    await nq.put("a")
    nq.put_nowait("b")
    print(await nq.get(), nq.get_nowait())

asyncio.run(main())
