# Task and Future reprs as CPython shows them (a pending task's coroutine
# "running at" the line it waits at, wait_for=, cb=[...], reprlib results),
# and Task.print_stack.
import asyncio
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return str(text).replace(HERE, "")


async def worker(q):
    await q.get()


async def sleeper():
    await asyncio.sleep(1)


async def fw(f):
    await f


def cb(f):
    pass


async def inner():
    await asyncio.sleep(1)


async def waiter():
    await inner()


async def failing():
    await asyncio.sleep(0)
    helper()


def helper():
    raise ValueError("boom")


async def fine():
    return list(range(10))


async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    t1 = asyncio.create_task(worker(q))
    t2 = asyncio.create_task(sleeper())
    t3 = asyncio.create_task(fw(fut))
    print(clean(t1))
    await asyncio.sleep(0)
    for t in (t1, t2, t3):
        print(clean(t))
    print(clean(fut))
    for t in (t1, t2, t3):
        t.cancel()
    print(clean(t1))
    await asyncio.sleep(0)
    print(clean(t1))
    fut2 = loop.create_future()
    fut2.set_result("x" * 40)
    print(clean(fut2))
    print(clean(fut))

    out = io.StringIO()
    w = asyncio.create_task(waiter(), name="w")
    f = asyncio.create_task(failing(), name="f")
    g = asyncio.create_task(fine(), name="g")
    w.print_stack(file=out)
    await asyncio.sleep(0.01)
    print(clean(g))
    w.print_stack(file=out)
    f.print_stack(file=out)
    f.print_stack(limit=1, file=out)
    g.print_stack(file=out)
    print(clean(out.getvalue()), end="")
    w.cancel()
    try:
        await f
    except ValueError:
        pass


asyncio.run(main())
