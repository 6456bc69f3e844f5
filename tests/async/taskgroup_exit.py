# TaskGroup.__aexit__ as CPython 3.11.7: parent cancellation, body errors,
# errors while the parent is cancelled.
import asyncio

async def fail(n, d=0):
    await asyncio.sleep(d)
    raise ValueError(n)

async def ok(n, d=0.01):
    await asyncio.sleep(d)
    return n

async def case1():
    # a child fails while the body awaits: the body sees CancelledError
    t = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled", t.cancelling())
                raise
    except* ValueError as eg:
        print("case1", [str(e) for e in eg.exceptions], t.cancelling())

async def case2():
    # the body raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("case2", [repr(e) for e in eg.exceptions])

async def case3():
    # the parent is cancelled from outside
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1, 1))
            await asyncio.sleep(1)
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("case3 cancelled", t.cancelled())

async def case4():
    # errors and a cancellation of the parent at once
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(2, 0.01))
            tg.create_task(fail(3, 0.01))
            await asyncio.sleep(1)
    t = asyncio.create_task(inner())
    try:
        await t
    except* ValueError as eg:
        print("case4", sorted(str(e) for e in eg.exceptions), asyncio.current_task().cancelling())

async def case5():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2))
    print("case5", a.result(), b.result())
    c = ok(3)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], str(e).split(" ")[-1])
    c.close()

async def main():
    await case1()
    await case2()
    await case3()
    await case4()
    await case5()

asyncio.run(main())
