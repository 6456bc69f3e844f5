# asyncio.run refuses non-coroutines and nesting; a coroutine is awaited once.
import asyncio

async def inner():
    return 1

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print(e)            # expect: asyncio.run() cannot be called from a running event loop
    c = inner()
    print(await c)          # expect: 1
    try:
        await c
    except RuntimeError as e:
        print(e)            # expect: cannot reuse already awaited coroutine
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.time() > 0)   # expect: True True
    return "ok"

print(asyncio.run(main()))  # expect: ok
try:
    asyncio.run(5)
except ValueError as e:
    print(e)                # expect: a coroutine was expected, got 5
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)                # expect: no running event loop

async def co():
    pass

def plain():
    pass

async def agen():
    yield 1

class K:
    async def m(self):
        pass

print(asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(plain))   # expect: True False
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(K().m)) # expect: False True
c = co()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(co))                        # expect: True False
asyncio.run(c)
