# asyncio.create_task(anext(agen)) (and asend()) runs the step as a task,
# and asyncio.iscoroutine accepts it, as CPython.
import asyncio, collections.abc
async def gen():
    yield "a0"
async def main():
    g = gen()
    t = asyncio.create_task(anext(g))
    print(await t)
    a = g.__anext__()
    print(asyncio.iscoroutine(a))
asyncio.run(main())
