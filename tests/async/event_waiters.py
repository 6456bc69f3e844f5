# Event waiters: set/clear while tasks wait, cancelled waiters, many waiters.
import asyncio
async def w(ev, name, log, times=2):
    for k in range(times):
        try:
            await ev.wait()
            log.append(f"{name}{k}")
        except asyncio.CancelledError:
            log.append(f"{name}-cancel")
            raise
        await asyncio.sleep(0)
async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(w(ev, f"t{i}", log)) for i in range(6)]
    await asyncio.sleep(0)
    ts[2].cancel()
    ts[4].cancel()
    ev.set(); ev.clear()
    await asyncio.sleep(0)
    print(log); log.clear()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, ev.is_set())
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts])
    ev2 = asyncio.Event()
    many = [asyncio.create_task(ev2.wait()) for i in range(200)]
    await asyncio.sleep(0)
    for t in many[::2]:
        t.cancel()
    await asyncio.sleep(0)
    more = [asyncio.create_task(ev2.wait()) for i in range(100)]
    await asyncio.sleep(0)
    ev2.set()
    r = await asyncio.gather(*many, *more, return_exceptions=True)
    print(sum(1 for x in r if x is True), sum(1 for x in r if isinstance(x, asyncio.CancelledError)))
asyncio.run(main())
