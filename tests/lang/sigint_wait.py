# Ctrl-C while the main thread waits for a worker's result raises
# KeyboardInterrupt there; the worker's job still ends before the exit.
# sigint-after: waiting
import time
from concurrent.futures import ThreadPoolExecutor


def nap(secs):
    time.sleep(secs)
    return secs


with ThreadPoolExecutor() as ex:
    f = ex.submit(nap, 0.5)
    print("waiting", flush=True)
    try:
        f.result()
    except KeyboardInterrupt:
        print("interrupted", f.done())
print(f.result())
# expect: waiting
# expect: interrupted False
# expect: 0.5
