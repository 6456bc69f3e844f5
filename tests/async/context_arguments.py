# TaskGroup.create_task(context=) and loop.call_soon_threadsafe(context=) run
# in the given context.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="default")
async def getv():
    return v.get()
async def main():
    ctx = contextvars.Context()
    ctx.run(v.set, "ctx")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(getv(), context=ctx)
    print("tg task sees:", t.result())
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(lambda: print("threadsafe cb sees:", v.get()), context=ctx)
    await asyncio.sleep(0)
asyncio.run(main())
