# Task reprs as CPython prints them, and the report for a task whose
# exception nobody retrieved (on stderr when its loop closes).
import asyncio


async def f():
    return 3


async def boom():
    raise ValueError("bad")


def shown(task):
    # the file name in the repr is absolute under CPython: keep the base name
    text = repr(task)
    head, sep, rest = text.partition(" at ")
    path, colon, tail = rest.partition(":")
    return head + sep + path.split("/")[-1] + colon + tail


async def main():
    t = asyncio.create_task(f(), name="job")
    print(shown(t))
    await t
    print(shown(t))
    asyncio.create_task(boom())
    retrieved = asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print(repr(retrieved.exception()))
    print("main done")

asyncio.run(main())
print("after")
# expect-stderr: Task exception was never retrieved
# expect-stderr: future: <Task finished name='Task-3' coro=<boom() done, defined at task_repr_unretrieved.py:10> exception=ValueError('bad')>
# expect-stderr: Traceback (most recent call last):
# expect-stderr: ValueError: bad
# exit: 0
