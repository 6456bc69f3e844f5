# A task woken from asyncio.sleep() steps in the loop iteration after its
# timer fires, as CPython's (the timer completes a future, whose callback
# schedules the task): timeouts and call_later callbacks due together order
# as in CPython.
import asyncio, time
async def main():
    out = []
    async def worker():
        await asyncio.sleep(0.003)
        out.append("worker woke")
    try:
        async with asyncio.timeout(0.003):      # deadline set before the worker's sleep
            asyncio.create_task(worker())
            await asyncio.sleep(1)
    except TimeoutError:
        out.append("timeout")
    await asyncio.sleep(0.01)
    print(out)
    # same thing, made independent of timing: both timers are due in one iteration
    out.clear()
    loop = asyncio.get_running_loop()
    async def child():
        await asyncio.sleep(0.004)
        out.append("child woke")
    asyncio.create_task(child())
    await asyncio.sleep(0)
    loop.call_later(0.002, lambda: loop.call_soon(out.append, "soon"))
    time.sleep(0.01)
    await asyncio.sleep(0.02)
    print(out)
asyncio.run(main())
import asyncio
async def work():
    await asyncio.sleep(0.005)
    return "finished"
async def main():
    try:
        print("wait_for:", await asyncio.wait_for(work(), 0.005))
    except TimeoutError:
        print("wait_for: timeout")
    t = asyncio.create_task(work())
    done, pending = await asyncio.wait([t], timeout=0.005)
    print(f"wait: done={len(done)} pending={len(pending)}")
    await t
asyncio.run(main())
