# An exception raised by awaited code inside an except block gets the
# handled exception as its __context__ (tasks keep sys.exc_info() per task
# across their suspensions).
import asyncio
async def raiser():
    raise KeyError("k")
async def main():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            await raiser()
        except KeyError as e:
            print(repr(e.__context__))
asyncio.run(main())
import sys
async def peek(tag):
    await asyncio.sleep(0)
    return tag, sys.exc_info()[0]
async def handler(tag, exc):
    try:
        raise exc
    except Exception:
        r = await peek(tag)
        return r, sys.exc_info()[0].__name__
async def plain(tag):
    await asyncio.sleep(0)
    return tag, sys.exc_info()[0]
async def main2():
    rs = await asyncio.gather(handler("a", KeyError()), plain("b"), handler("c", ValueError()), plain("d"))
    print([(r[0][0], r[0][1].__name__ if r[0][1] else None, r[1]) if isinstance(r[0], tuple) else r for r in rs])
    try:
        raise IndexError("i")
    except IndexError:
        f = asyncio.get_running_loop().create_future()
        f.set_exception(KeyError("from future"))
        try:
            await f
        except KeyError as e:
            print(repr(e), repr(e.__context__))
asyncio.run(main2())
