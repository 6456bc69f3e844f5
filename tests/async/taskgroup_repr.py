# TaskGroup's repr through its life, and a group of many tasks (its task
# list is compacted as they finish).
import asyncio
async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("x")
async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        async with tg:
            print(repr(tg))
            t = tg.create_task(asyncio.sleep(1))
            tg.create_task(boom())
            print(repr(tg))
            await asyncio.sleep(0.02)
    except* ValueError as e:
        print("caught", e.exceptions)
    print(repr(tg), t.cancelled())
    async with asyncio.TaskGroup() as g2:
        ts = [g2.create_task(asyncio.sleep(0, i)) for i in range(200)]
    print(sum(t.result() for t in ts), repr(g2))
asyncio.run(main())
