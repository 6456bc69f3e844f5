# Cancelling twice keeps the first message; awaiting a cancelled task raises
# the CancelledError it ended with (once); gather's return_exceptions makes
# CancelledError('') for a cancelled task; runtime methods know their names
import asyncio
async def w(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
        raise
async def s():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("cancelled sleep", e.args)
        raise
async def q(qq):
    try:
        await qq.get()
    except asyncio.CancelledError as e:
        print("cancelled get", e.args)
        raise
async def main():
    ev = asyncio.Event()
    for coro in [w(ev), s(), q(asyncio.Queue())]:
        t = asyncio.create_task(coro)
        await asyncio.sleep(0)
        print(t.cancel("first"), t.cancel("second"), t.cancelling())
        try:
            await t
        except asyncio.CancelledError as e:
            print("outer", e.args)
    r = await asyncio.gather(asyncio.sleep(0), return_exceptions=True)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(r)
async def own():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise asyncio.CancelledError("own")
async def main2():
    t = asyncio.create_task(own())
    await asyncio.sleep(0)
    t.cancel("msg")
    for i in range(2):
        try:
            await t
        except asyncio.CancelledError as e:
            print("await", i, e.args)
    for m in (t.result, t.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print(m.__name__, e.args)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel("bye")
    try:
        await asyncio.gather(t2)
    except asyncio.CancelledError as e:
        print("gather", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("fmsg")
    print(await asyncio.gather(f, return_exceptions=True))
    t3 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t3.cancel("m3")
    print(await asyncio.gather(t3, return_exceptions=True), t3.cancelled())
asyncio.run(main())
asyncio.run(main2())
