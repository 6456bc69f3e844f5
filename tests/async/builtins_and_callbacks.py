# asend() delivers its value; the aiter/anext builtins; a done callback
# gets the future alone; StopIteration leaving a task's coroutine becomes
# RuntimeError (PEP 479); ExceptionGroup keeps the list it was given.
import asyncio


async def echo():
    while True:
        x = yield
        print("got", x)


async def gen():
    yield 1
    yield 2


class Count:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i


async def first(items):
    await asyncio.sleep(0)
    return next(iter(items))


async def main():
    g = echo()
    await g.asend(None)
    await g.asend("hello")
    await g.asend([1, 2])
    await g.aclose()

    g = gen()
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    it = aiter(Count())
    print(await anext(it), await anext(it), await anext(it, None))
    for bad in (lambda: aiter(3), lambda: anext(3)):
        try:
            bad()
        except TypeError as e:
            print(e)
    print(anext, aiter)

    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda *args: print("callback args:", len(args)))
    fut.add_done_callback(print)
    fut.set_result(1)
    await asyncio.sleep(0)
    done = asyncio.get_running_loop().create_future()
    done.set_result(2)
    done.add_done_callback(lambda *args: print("late callback args:", len(args)))
    await asyncio.sleep(0)

    try:
        await asyncio.create_task(first([]))
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

    eg = ExceptionGroup("errors", [ValueError(1), TypeError(2)])
    print(repr(eg), eg.args, eg.exceptions)
    try:
        raise eg
    except* ValueError as m:
        print(repr(m))
    except* TypeError as m:
        print(repr(m))
    try:
        ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)
    print(repr(BaseExceptionGroup("b", (KeyboardInterrupt(),))))

asyncio.run(main())
