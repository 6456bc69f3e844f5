# asyncio basics: run, create_task, gather, wait_for, sleep(0, result)
import asyncio

async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name * 2

async def main():
    t = asyncio.create_task(worker("a", 0.02))
    r = await asyncio.gather(worker("b", 0.01), worker("c", 0.03), t)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.sleep(0, "zero"))
    return 42

print(asyncio.run(main()))
