# The exception being handled, across the ways out of handlers: a return or
# break through nested handlers restores the state from before the outermost
# one; a finally block that runs for an exception handles it (its raises get
# it as __context__), in plain functions and in tasks; nested exception
# classes show their qualified name.
import sys
import asyncio


def leave_by_return():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            return 1


leave_by_return()
print(sys.exc_info())

for i in range(2):
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            if i == 0:
                continue
            break
print(sys.exc_info())
try:
    raise RuntimeError('x')
except RuntimeError as e:
    print(repr(e.__context__))


def g():
    raise KeyError("g")


def in_finally(call):
    try:
        1 / 0
    finally:
        print("exc_info in finally:", sys.exc_info()[0].__name__)
        if call:
            g()
        else:
            raise KeyError("direct")


for call in (False, True):
    try:
        in_finally(call)
    except KeyError as e:
        print(repr(e), repr(e.__context__))


def finally_without_error():
    try:
        pass
    finally:
        print("nothing handled:", sys.exc_info())


finally_without_error()


async def h():
    await asyncio.sleep(0)
    raise KeyError("h")


async def task_finally():
    try:
        1 / 0
    finally:
        await h()


async def task_except():
    try:
        raise KeyError("inner")
    except KeyError:
        await asyncio.sleep(0)
        {}["nope"]


for c in (task_finally, task_except):
    try:
        asyncio.run(c())
    except KeyError as e:
        print(repr(e), repr(e.__context__))


class Service:
    class Unavailable(Exception):
        pass


try:
    raise Service.Unavailable("down")
except Exception as e:
    print(type(e).__qualname__)
raise Service.Unavailable("down")
# expect-stderr: Service.Unavailable: down
