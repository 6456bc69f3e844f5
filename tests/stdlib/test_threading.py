# threading: threads run to completion when started (see stdlib/threading.as)
# expect-stderr: Exception in thread worker:
# expect-stderr: ValueError: boom
# exit: 0
import threading
results = []
lock = threading.Lock()
def work(n, scale=1):
    with lock:
        results.append(n * scale)
    print("in", threading.current_thread().name)
ts = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(ts[0].is_alive(), repr(ts[0]).split(",")[0])
def bad():
    raise ValueError("boom")
b = threading.Thread(target=bad, name="worker")
b.start(); b.join()
print("main goes on")
ev = threading.Event()
t = threading.Thread(target=ev.set)
t.start(); t.join()
print(ev.is_set(), ev.wait(1))
r = threading.RLock()
with r:
    with r:
        print("reentrant")
