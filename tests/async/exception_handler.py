# loop.set_exception_handler / get_exception_handler / call_exception_handler /
# default_exception_handler: what callbacks raise, exceptions never retrieved
# and TaskGroup/shutdown reports reach the handler as CPython's context dicts.
import asyncio
import functools


def handler(loop, context):
    exc = context.get("exception")
    keys = sorted(k for k in context if k != "exception")
    print("handler:", context["message"].split(" at ")[0], "|", repr(exc), "|", keys)
    h = context.get("handle")
    if h is not None:
        print("  handle:", type(h).__name__, h.cancelled())
    f = context.get("future")
    if f is not None:
        print("  future:", type(f).__name__, f.done())


def bad(*args):
    raise ValueError("cb")


def bad_done(fut):
    raise KeyError("done-cb")


async def boom():
    raise RuntimeError("lost")


class Widget:
    def method(self, x):
        raise TypeError("in method")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    loop.call_soon(bad, 1, "two", [3, 4])
    loop.call_soon(functools.partial(bad, 5), 6)
    loop.call_soon(Widget().method, "x")
    loop.call_later(0.001, bad)
    f = loop.create_future()
    f.add_done_callback(bad_done)
    f.set_result(1)
    await asyncio.sleep(0.01)
    print("loop goes on")
    loop.call_exception_handler({"message": "custom", "x": 1})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    # a custom handler can defer to the default one (which writes nothing
    # here: no exception, and its message goes to stderr)
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0)
    del t


asyncio.run(main())
print("after run")


def chained(loop, context):
    print("chained:", context["message"].split(" at ")[0])


async def main2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(chained)
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError("never looked at"))
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.set_exception_handler(chained)

asyncio.run(main2())
