# A timer or sleep with a NaN delay is due at once (CPython compares
# deadlines with >=), and does not stop the loop's other timers.
import asyncio

async def sleeper(d, tag):
    r = await asyncio.sleep(d, tag)
    print(tag, "after")
    return r

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(float("nan"), print, "nan cb")
    loop.call_later(0.2, print, "tick")
    print(await asyncio.gather(sleeper(float("nan"), "nan sleep"), sleeper(0.005, "short")))
    await asyncio.sleep(0.3)
    print("done")

asyncio.run(main())
