# Done callbacks run in the contextvars context current when they were added
# (or the one given as context=); remove_done_callback still finds them.
import asyncio, contextvars
rid = contextvars.ContextVar("rid", default="unset")
seen = []
def cb(fut): seen.append(("cb", rid.get(), fut.result()))
def other(fut): seen.append(("other", rid.get()))
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    rid.set("req-1")
    f.add_done_callback(cb)
    f.add_done_callback(other)
    ctx = contextvars.copy_context()
    rid.set("req-2")
    f.add_done_callback(other, context=ctx)
    print(f.remove_done_callback(other))
    f.add_done_callback(other)
    f.set_result(5)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(lambda _: seen.append(("task", rid.get())))
    await t
    await asyncio.sleep(0)
    print(seen)
asyncio.run(main())
import asyncio, contextvars
request_id = contextvars.ContextVar("request_id", default="unset")
async def job():
    await asyncio.sleep(0)
async def main():
    request_id.set("req-42")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("future cb sees:", request_id.get()))
    f.set_result(None)
    t = asyncio.create_task(job())
    t.add_done_callback(lambda t: print("task cb sees:", request_id.get()))
    await t
    await asyncio.sleep(0)
asyncio.run(main())
