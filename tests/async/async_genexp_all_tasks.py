# A generator expression with an await in it is an async generator (async
# for drives it; sum() refuses it as CPython does); asyncio.all_tasks() needs
# a running loop and lists that loop's pending tasks.
import asyncio


async def f(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    g = (await f(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    try:
        print(sum(await f(x) for x in range(3)))
    except TypeError as e:
        print("TypeError:", e)
    print(sum([await f(x) for x in range(3)]))
    t = asyncio.create_task(asyncio.sleep(0.01), name="sleeper")
    print(sorted(x.get_name() for x in asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()))


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
