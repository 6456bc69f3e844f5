# Ctrl-C during asyncio.run: the main task is cancelled at its await, so its
# finally blocks and async with exits run, the other tasks are cancelled,
# and asyncio.run raises KeyboardInterrupt; the process dies of SIGINT.
# sigint-after: ready
import asyncio


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, et, exc, tb):
        print("exit", et.__name__)
        return False


async def child():
    try:
        await asyncio.sleep(30)
    finally:
        print("child finally")


async def main():
    t = asyncio.create_task(child())
    async with Resource():
        try:
            await asyncio.sleep(0)
            print("ready", flush=True)
            await asyncio.sleep(30)
        finally:
            print("main finally")


try:
    asyncio.run(main())
finally:
    print("after run")
print("not reached")
# expect: enter
# expect: ready
# expect: main finally
# expect: exit CancelledError
# expect: child finally
# expect: after run
# expect-stderr: Traceback (most recent call last):
# expect-stderr: KeyboardInterrupt
# exit: -2
