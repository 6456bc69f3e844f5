# Task.get_stack(): where a pending task waits, as frame-like objects with
# f_code.co_name and f_lineno; an empty list once it is done.
import asyncio

async def f():
    await asyncio.sleep(0)
    y = 2
    await asyncio.sleep(0.01)
    return y

async def g():
    for i in range(2):
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(f())
    u = asyncio.create_task(g())
    print([(fr.f_code.co_name, fr.f_lineno) for fr in t.get_stack()])
    await asyncio.sleep(0)
    print([(fr.f_code.co_name, fr.f_lineno) for fr in t.get_stack()], [(fr.f_code.co_name, fr.f_lineno) for fr in u.get_stack()])
    await asyncio.sleep(0)
    print([(fr.f_code.co_name, fr.f_lineno) for fr in t.get_stack(limit=1)])
    await t
    await u
    print(t.get_stack(), u.get_stack())

asyncio.run(main())
