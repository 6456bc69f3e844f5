# The loop core: callback order, handle cancellation, many cancelled
# timers, failing callbacks, gather with repeated awaitables, sleep's result.
# expect-stderr: Exception in callback boom() at loop_core.py:14
# expect-stderr: handle: <Handle boom() at loop_core.py:14>
# expect-stderr: ValueError: callback failed
# exit: 0
import asyncio


def report(tag):
    print("cb", tag)


def boom():
    raise ValueError("callback failed")


async def child(i, delay):
    await asyncio.sleep(delay)
    return i * 10


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, 1)
    h = loop.call_soon(report, 2)
    loop.call_soon(report, 3)
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.sleep(0)

    # timers fire in deadline order, ties in scheduling order
    for tag, delay in (("c", 0.03), ("a", 0.01), ("b", 0.01), ("d", 0.02)):
        loop.call_later(delay, report, tag)
    await asyncio.sleep(0.05)

    # hundreds of cancelled timers are dropped, the live one still fires
    handles = [loop.call_later(10 + i, report, i) for i in range(300)]
    for hd in handles:
        hd.cancel()
    loop.call_later(0.01, report, "live")
    await asyncio.sleep(0.03)

    # a failing callback is reported, the loop goes on (stderr)
    loop.call_soon(boom)
    loop.call_soon(report, "after boom")
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    # gather: argument order, a repeated task counted once
    t = asyncio.create_task(child(1, 0.02))
    res = await asyncio.gather(child(2, 0.01), t, t, child(3, 0))
    print("gather", res)
    print("sleep result", await asyncio.sleep(0, result="r0"), await asyncio.sleep(0.001, result="r1"))
    print("sleep is a coroutine function:", asyncio.iscoroutinefunction(asyncio.sleep))

    # cancel with a message; the message reaches the awaiting code
    async def waits():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("waits cancelled:", e.args)
            raise
    w = asyncio.create_task(waits(), name="waiter")
    await asyncio.sleep(0)
    w.cancel("stop now")
    try:
        await w
    except asyncio.CancelledError as e:
        print("outer sees:", e.args, w.cancelled(), w.get_name())

    # a task cancelled before it starts never runs its body
    async def never():
        print("never printed")
    n = asyncio.create_task(never())
    n.cancel()
    await asyncio.sleep(0)
    print("cancelled before start:", n.cancelled())

    # futures: callbacks run once, in order, after the result is set
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("first", fut.result()))
    f.add_done_callback(lambda fut: print("second", fut.result()))
    f.set_result(42)
    print("set, callbacks pending")
    await asyncio.sleep(0)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("done")


asyncio.run(main())
