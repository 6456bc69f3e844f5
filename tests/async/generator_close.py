# Generators and async generators made by a for statement's call are closed
# when the loop ends early (break, return, an exception), as CPython closes
# them when the loop drops the last reference; asyncio.run closes the
# async generators still suspended at its end.
import asyncio

def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)

def find(tag, target):
    for x in gen(tag):
        if x == target:
            return x

for x in gen("break"):
    if x == 1:
        break
print("after break")
print(find("return", 2))
try:
    for x in gen("raise"):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)
for x in gen("exhaust"):
    pass
g = gen("named")
for x in g:
    break
print("named still open:", next(g))
g.close()
for a, b in zip(gen("zip-a"), gen("zip-b")):
    break
print("zip done")
for i, x in enumerate(gen("enum")):
    break
print("enum done")

async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("async cleanup", tag)

async def main():
    async for n in numbers("break"):
        if n == 2:
            break
    print("after async break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("slept")
    g = numbers("kept")
    async for n in g:
        break
    print("kept:", await g.__anext__())
    h = numbers("at shutdown")
    print(await h.__anext__())
    async def inner():
        async for n in numbers("return"):
            return n
    print(await inner())
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
print("after run")
