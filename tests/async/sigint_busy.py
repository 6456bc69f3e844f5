# A task that never awaits: the first Ctrl-C only requests its cancellation,
# the second raises KeyboardInterrupt inside the loop itself.
# sigint-after: ready
# sigint-after: ready
import asyncio


async def main():
    print("ready", flush=True)
    n = 0
    try:
        while True:
            n += 1
    finally:
        print("finally", n > 0)


asyncio.run(main())
# expect: ready
# expect: finally True
# expect-stderr: KeyboardInterrupt
# exit: -2
