# A future's or task's exception is raised to each awaiter with the
# traceback it had when it was set (frames do not pile up), and a task
# cancelled before it started leaves its coroutine finished.
import asyncio, traceback
def frames(e):
    return [l.strip().split("\n")[0].split(" in ")[-1] for l in traceback.format_exception(e)
            if l.strip().startswith('File "') and "stored_exception_tracebacks" in l]
async def waiter(f):
    await f
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    r = await asyncio.gather(waiter(f), waiter(f), waiter(f), return_exceptions=True)
    print(frames(r[0]))
    try:
        await f
    except KeyError as e:
        print(frames(e))
asyncio.run(main())

async def thr():
    print("body runs")
    if True:
        await asyncio.sleep(0)
    return 2
async def main2():
    t = asyncio.create_task(thr())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    try:
        print(await t.get_coro())
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main2())
