# TaskGroup.create_task(context=), loop.call_soon_threadsafe(context=) and
# asyncio.Runner.run(context=) run in the given context; a Runner keeps one
# context across its run() calls.
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
import asyncio, contextvars
v = contextvars.ContextVar("v", default="default")
async def setv(x):
    v.set(x)
async def getv():
    return v.get()
with asyncio.Runner() as r:
    r.run(setv("first"))
    print(r.run(getv()))
    ctx = contextvars.Context()
    ctx.run(v.set, "from ctx")
    print(r.run(getv(), context=ctx))
