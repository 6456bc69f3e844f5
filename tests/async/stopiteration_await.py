# PEP 479 for coroutines awaited directly: a StopIteration leaving one is a
# RuntimeError ("coroutine raised StopIteration") at the await; one caught
# inside the coroutine, or raised by a plain function it calls and catches,
# stays a StopIteration.
import asyncio

async def stopper():
    raise StopIteration("x")

async def nexter():
    return next(iter([]))

def helper():
    raise StopIteration

async def catches():
    try:
        next(iter([]))
    except StopIteration:
        a = "caught next"
    try:
        helper()
    except StopIteration:
        b = "caught helper"
    return a, b

async def main():
    for c in (stopper(), nexter()):
        try:
            await c
        except Exception as e:
            print(type(e).__name__, e, type(e.__cause__).__name__)
    print(await catches())
    try:
        await asyncio.create_task(stopper())
    except RuntimeError as e:
        print("task:", e)

asyncio.run(main())
