# sys.exc_info() inside except blocks that await or yield: each task and
# generator keeps its own, others do not see it.
import asyncio, sys
async def worker(name, delay):
    try:
        raise KeyError(name)
    except KeyError:
        await asyncio.sleep(delay)
        print(name, "after await", repr(sys.exc_info()[1]))
    print(name, "after handler", sys.exc_info())
async def other():
    await asyncio.sleep(0.005)
    print("other sees", sys.exc_info())
    try:
        int("x")
    except ValueError as e:
        print("other context", repr(e.__context__))
def gen():
    try:
        raise TypeError("g")
    except TypeError:
        yield 1
        print("gen resumed", repr(sys.exc_info()[1]))
async def main():
    await asyncio.gather(worker("a", 0.01), worker("b", 0.02), other())
    g = gen()
    next(g)
    print("caller", sys.exc_info())
    next(g, None)
asyncio.run(main())
