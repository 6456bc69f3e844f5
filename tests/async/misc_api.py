# current_task() without a loop, iscoroutinefunction(partial), the modules of
# asyncio classes, Timeout objects reused or rescheduled after exit, wait()
# given iterables, generators, coroutines.
import asyncio
import functools
import sys

try:
    print(asyncio.current_task())
except RuntimeError as e:
    print("RuntimeError:", e)

async def f(a, b):
    return a + b

def plain(a):
    return a

class C:
    async def m(self):
        pass

print(asyncio.iscoroutinefunction(functools.partial(f, 1)),
      asyncio.iscoroutinefunction(functools.partial(functools.partial(f, 1), 2)),
      asyncio.iscoroutinefunction(functools.partial(plain, 1)),
      asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C.m),
      asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(plain))

for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.BrokenBarrierError,
            asyncio.Lock, asyncio.Event, asyncio.Semaphore, asyncio.Condition, asyncio.Barrier,
            asyncio.BoundedSemaphore, asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue,
            asyncio.Handle, asyncio.TimerHandle, asyncio.Future, asyncio.Task,
            asyncio.Timeout, asyncio.TaskGroup, asyncio.Runner, asyncio.AbstractEventLoop):
    print(cls.__module__, repr(cls))
print(repr(asyncio.QueueEmpty()), repr(asyncio.CancelledError("x")))

async def sleeper():
    await asyncio.sleep(0.05)
    return 1

async def main():
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    print(loop.call_soon(lambda: asyncio.current_task()) is not None)
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print(seen)

    # timeout objects: reuse, reschedule after exit
    t = asyncio.timeout(1)
    print(repr(t).startswith("<Timeout [created]"), t.expired())
    async with t:
        print(repr(t).startswith("<Timeout [active] when="))
    print(repr(t))
    for when in (None, 5):
        try:
            t.reschedule(when)
        except RuntimeError as e:
            print("reschedule:", e)
    try:
        async with t:
            pass
        print("reentered")
    except RuntimeError as e:
        print("reenter:", e)
    t2 = asyncio.timeout(0.01)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", t2.expired(), repr(t2))
    try:
        t2.reschedule(None)
    except RuntimeError as e:
        print("reschedule:", e)
    t3 = asyncio.timeout_at(None)
    try:
        t3.reschedule(1)
    except RuntimeError as e:
        print("reschedule:", e)

    # wait() with iterables
    tasks = [asyncio.create_task(sleeper()) for _ in range(3)]
    try:
        await asyncio.wait(t for t in tasks)
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait(iter(tasks))
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tuple(tasks))
    print(len(done), len(pending))
    done, pending = await asyncio.wait({t: 1 for t in tasks})
    print(len(done), len(pending))
    c = sleeper()
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(tasks[0])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    c = sleeper()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()

asyncio.run(main())
