# asyncio.all_tasks while many tasks come and go (finished ones are dropped
# in sweeps), and asyncio.run cancelling what is left
import asyncio
async def w(i, ev):
    await ev.wait()
    return i
async def quick(i):
    return i
async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(w(i, ev), name=f"w{i}") for i in range(5)]
    for k in range(300):
        await asyncio.create_task(quick(k))
    pending = asyncio.all_tasks()
    print(len(pending), sorted(t.get_name() for t in pending if t is not asyncio.current_task()))
    ev.set()
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    leftover = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
asyncio.run(main())
print("done")
