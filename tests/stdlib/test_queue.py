# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; Empty/Full; task_done/join
import queue
import threading

q = queue.Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(5):
    q.put(i)
q.put_nowait("x")
print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.get(timeout=1))
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__name__)
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2, block=False)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put(3, block=False)
except queue.Full:
    print("Full again")
print(b.get(), b.full())
b.put(3)
print(list(b.queue))

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)], lq.empty())

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
pq2 = queue.PriorityQueue(maxsize=3)
for n in [5, 1, 4]:
    pq2.put_nowait(n)
print(pq2.full(), pq2.get_nowait(), pq2.get(), pq2.qsize())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")

# task accounting
tq = queue.Queue()
for i in range(3):
    tq.put(i)
print(tq.unfinished_tasks)
while not tq.empty():
    tq.get()
    tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print("ValueError", e)

# bad timeouts
for f in (lambda: queue.Queue().get(timeout=-1), lambda: queue.Queue(1).put(1, timeout=-1),
          lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

# threads that consume what is already there
work = queue.Queue()
for i in range(6):
    work.put(i * i)
results = []
lock = threading.Lock()


def worker(name):
    while True:
        try:
            item = work.get_nowait()
        except queue.Empty:
            return
        with lock:
            results.append(item)
        work.task_done()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
work.join()
print(sorted(results))

# a timeout ends the wait with Empty / Full
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("timed out: Empty")
try:
    queue.Queue(1).put(None) or print("ok")
    full = queue.Queue(1)
    full.put(0)
    full.put(1, timeout=0.01)
except queue.Full:
    print("timed out: Full")
try:
    queue.SimpleQueue().get(True, 0.01)
except queue.Empty:
    print("timed out: SimpleQueue Empty")

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(isinstance(pq, queue.Queue), isinstance(lq, queue.Queue))
