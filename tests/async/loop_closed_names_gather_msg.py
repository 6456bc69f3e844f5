# A closed loop refuses callbacks and tasks; named tasks take a Task-N number
# too (3.11); a cancelled gather(return_exceptions=True) keeps the message.
import asyncio
async def work():
    pass
loop = asyncio.new_event_loop()
loop.close()
for name, f in [("call_soon", lambda: loop.call_soon(print)),
                ("call_later", lambda: loop.call_later(1, print)),
                ("create_task", lambda: loop.create_task(work()))]:
    try:
        f()
        print("accepted")
    except RuntimeError as e:
        print("RE", e)
import asyncio
async def name():
    return asyncio.current_task().get_name()
async def main():
    a = await asyncio.create_task(name())
    b = await asyncio.create_task(name(), name="custom")
    c = await asyncio.create_task(name())
    print(a, b, c)
asyncio.run(main())
import asyncio
async def sl():
    await asyncio.sleep(1)
async def main():
    g = asyncio.gather(sl(), sl(), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel("shutdown")
    try:
        await g
    except asyncio.CancelledError as e:
        print(e.args)
asyncio.run(main())
