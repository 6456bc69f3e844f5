# An exception escaping the main task prints a traceback through the
# awaits and exits with status 1.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.001)
    if n == 2:
        raise KeyError(n)
    return n


async def main():
    print(await fetch(1))
    await fetch(2)

asyncio.run(main())
# expect: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: File "task_traceback.py", line 15, in main
# expect-stderr: await fetch(2)
# expect-stderr: File "task_traceback.py", line 9, in fetch
# expect-stderr: raise KeyError(n)
# expect-stderr: KeyError: 2
# exit: 1
