# Coroutine objects: send/throw/close driven by hand, __await__ (an object
# whose __await__ returns a coroutine's), __name__/__qualname__.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def plain():
    return 5
c = plain()
print(c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c = add(1, 2)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c = add(1, 2)
c.send(None)
try:
    c.throw(ValueError("inside"))
except ValueError as e:
    print("thrown", e)
c = add(3, 4)
c.close()
try:
    c.foo
except AttributeError as e:
    print("AttributeError", e)
class Awaitable:
    def __await__(self):
        return self._run().__await__()
    async def _run(self):
        await asyncio.sleep(0)
        return 42
async def main():
    print(await Awaitable())
    w = plain().__await__()
    try:
        next(w)
    except StopIteration as e:
        print("wrapper", e.value)
asyncio.run(main())
