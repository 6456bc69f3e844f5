# Barrier waiters released by reset() get CPython's message; after
# asyncio.run() cleared the event loop, get_event_loop() raises RuntimeError.
import asyncio
async def main():
    b = asyncio.Barrier(3)
    async def w():
        try:
            return await b.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"
    ts = [asyncio.create_task(w()) for _ in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    print(await asyncio.gather(*ts))
asyncio.run(main())
import asyncio
async def a():
    return 1
asyncio.run(a())
try:
    asyncio.get_event_loop()
    print("got a loop")
except RuntimeError as e:
    print("RE", e)
