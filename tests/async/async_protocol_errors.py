# async for and async with given objects whose __anext__ / __aenter__ return
# something that cannot be awaited: CPython's TypeErrors.
import asyncio

class BadIter:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5          # not awaitable

class BadEnter:
    def __aenter__(self):
        return 5          # not awaitable
    async def __aexit__(self, *a):
        pass

async def main():
    try:
        async for _ in BadIter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
