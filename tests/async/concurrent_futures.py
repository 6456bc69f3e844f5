# A minimal concurrent.futures on worker VMs: ThreadPoolExecutor and
# ProcessPoolExecutor with run_in_executor (a seed's pattern), submit/result,
# map, as_completed, wait.
import asyncio
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import time


def heavy(data):
    return sum(x * x for x in data)


def slow(x):
    time.sleep(0.05 * x)
    return x


async def cpu_bound_work(data):
    loop = asyncio.get_event_loop()
    with ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, heavy, data)
    return result


async def main():
    print(await cpu_bound_work(list(range(10))))
    with ThreadPoolExecutor(max_workers=2) as ex:
        r = await asyncio.gather(*[asyncio.get_running_loop().run_in_executor(ex, slow, i) for i in (3, 1, 2)])
        print(r)


asyncio.run(main())
with ThreadPoolExecutor() as ex:
    f = ex.submit(heavy, [1, 2, 3])
    print(f.result(), f.done())
    print(list(ex.map(slow, [2, 1])))
    fs = [ex.submit(slow, i) for i in (8, 1)]  # far apart: a worker VM may start late
    print([f.result() for f in concurrent.futures.as_completed(fs)])
    done, not_done = concurrent.futures.wait(fs)
    print(len(done), len(not_done))
    try:
        ex.submit(slow, "x").result()
    except TypeError as e:
        print("TypeError")
# expect: 285
# expect: [3, 1, 2]
# expect: 14 True
# expect: [2, 1]
# expect: [1, 8]
# expect: 2 0
# expect: TypeError
