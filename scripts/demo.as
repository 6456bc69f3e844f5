# demo.as: a first look at Aster, run by `make run`.
import asyncio
import time


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f"Shape({self.name!r}, sides={self.sides})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


shapes = [Shape("triangle", 3), Shape("square", 4), Shape("hexagon", 6)]
print("Hello from Aster!")
print("shapes:", shapes)
print("by sides, descending:", [s.name for s in sorted(shapes, key=lambda s: s.sides, reverse=True)])
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print("most common:", max(counts.items(), key=lambda kv: kv[1]))
t0 = time.perf_counter()
print(f"fib(25) = {fib(25)} in {time.perf_counter() - t0:.3f} s")
try:
    shapes[10]
except IndexError as e:
    print("caught:", e)


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay * 1000:.0f} ms"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, d)) for n, d in (("slow", 0.03), ("fast", 0.01))]
    print("tasks:", [t.result() for t in tasks])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout: the slow call was cancelled")

asyncio.run(main())
