# Outside asyncio.run (a loop driven by run_until_complete), Ctrl-C ends the
# wait on the loop at once and KeyboardInterrupt comes out of it.
# sigint-after: waiting
import asyncio


async def main():
    print("waiting", flush=True)
    await asyncio.sleep(30)


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
# expect: waiting
# expect: KeyboardInterrupt
