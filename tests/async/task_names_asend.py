# Task numbering with names (asyncio.create_task and TaskGroup.create_task
# take a number, loop.create_task(name=) and Task(name=) do not), and asend
# of a value to a closed async generator.
import asyncio
async def c():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    await loop.create_task(c(), name="named")
    print(asyncio.create_task(c()).get_name())
    await asyncio.create_task(c(), name="n2")
    print(asyncio.create_task(c()).get_name())
    t = asyncio.Task(c(), name="n3")
    await t
    print(asyncio.create_task(c()).get_name())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(c(), name="n4")
    print(asyncio.create_task(c()).get_name(), t.get_name())
    await asyncio.sleep(0)
asyncio.run(main())
async def g():
    while True:
        v = yield 1
async def main2():
    a = g()
    print(await a.asend(None))
    await a.aclose()
    try:
        await a.asend("c")
    except StopAsyncIteration:
        print("StopAsyncIteration")
    b = g()
    try:
        await b.asend("x")
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main2())
