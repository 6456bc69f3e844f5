# An async comprehension whose iterator raises after awaiting: the error
# reaches the task (its body is not run as a resumable body: the
# comprehension's async for awaits inside it).
import asyncio
async def stream():
    await asyncio.sleep(0)
    raise ValueError("stream broke")
    yield
async def collect():
    return [x async for x in stream()]
async def main():
    try:
        await asyncio.create_task(collect())
    except Exception as e:
        print(repr(e))
    try:
        [x async for x in stream()]
    except Exception as e:
        print(repr(e))
asyncio.run(main())
import asyncio
async def ticker():
    while True:
        await asyncio.sleep(0.002)
        yield 1
async def collect():
    return [x async for x in ticker()]
async def main():
    t = asyncio.create_task(collect())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(repr(r[0]), t.cancelled())
    try:
        await asyncio.wait_for(collect(), 0.01)
    except TimeoutError:
        print("wait_for timeout")
asyncio.run(main())
import asyncio, contextlib
@contextlib.asynccontextmanager
async def session():
    await asyncio.sleep(0)
    yield
class Pages:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        async with session():
            self.n += 1
            if self.n > 2:
                raise StopAsyncIteration
            return self.n
async def main():
    out = []
    async for p in Pages():
        out.append(p)
    print(out)
asyncio.run(main())
