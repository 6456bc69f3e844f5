# Cancellation at the suspension point, call_soon/call_later ordering,
# gather with exceptions, futures, all_tasks/current_task.
import asyncio

async def sleeper(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
    finally:
        print("cleanup", n)

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

def cb(tag):
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_later(0.05, cb, 3)
    h = loop.call_later(0.005, cb, "never")
    h.cancel()
    loop.call_soon(cb, 2)
    t = asyncio.create_task(sleeper(1), name="sl")
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled:", t.cancelled())
    await asyncio.sleep(0.1)  # callback 3 fires in here, however slow the machine
    res = await asyncio.gather(boom(), asyncio.sleep(0.02, "ok"), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(), asyncio.sleep(0.02))
    except ValueError as e:
        print("gather raised", e)
    t2 = asyncio.create_task(sleeper(2))
    await asyncio.sleep(0.001)
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    f = loop.create_future()
    loop.call_later(0.001, f.set_result, "fut")
    print(await f)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print("invalid state")
    t3 = asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print(t3.done(), type(t3.exception()).__name__)
    return "end"

print(asyncio.run(main()))
