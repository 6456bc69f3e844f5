# Timers due at the same time run in the order CPython's heap gives them,
# also after the loop purged its cancelled timers.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    when = loop.time() + 0.01
    for i in range(9):
        loop.call_at(when, out.append, i)
    await asyncio.sleep(0.03)
    print(out)
    out.clear()
    base = loop.time() + 0.2
    handles = []
    for i in range(300):
        handles.append(loop.call_at(base + (i % 3) * 0.001, out.append, i))
    for i, h in enumerate(handles):
        if i % 4 != 0 and i % 7 != 0:
            h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0.3)
    print(out)

asyncio.run(main())
