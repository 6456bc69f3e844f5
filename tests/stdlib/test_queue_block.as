# queue: a wait that no thread could end raises RuntimeError instead of hanging
import queue

q = queue.Queue()
try:
    q.get()
except RuntimeError as e:
    print(e)  # expect: Queue.get() on an empty queue would wait forever: Aster runs each thread to completion when it starts, so no other thread can end the wait
full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2)
except RuntimeError as e:
    print("put:", type(e).__name__)  # expect: put: RuntimeError
try:
    queue.SimpleQueue().get()
except RuntimeError as e:
    print("simple:", type(e).__name__)  # expect: simple: RuntimeError
q.put(1)
try:
    q.join()
except RuntimeError as e:
    print(e)  # expect: Queue.join() with 1 unfinished task would wait forever: Aster runs each thread to completion when it starts, so no other thread can end the wait
