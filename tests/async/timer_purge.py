# Timer heap: many call_later timers and sleeps, most of them cancelled (the heap is purged).
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    hs = [loop.call_later(0.001 * (i % 11) + 0.0001 * i, out.append, i) for i in range(400)]
    sl = [asyncio.create_task(asyncio.sleep(0.002 * (i % 5), i)) for i in range(300)]
    await asyncio.sleep(0)
    for h in hs[:350]:
        h.cancel()
    for t in sl[:250]:
        t.cancel()
    r = await asyncio.gather(*sl, return_exceptions=True)
    await asyncio.sleep(0.05)
    print(out)
    print(sum(1 for x in r if isinstance(x, int)), sum(x for x in r if isinstance(x, int)))
asyncio.run(main())
