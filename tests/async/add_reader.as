# loop.add_reader / remove_reader on a pipe (stdin), built on vm/fdwatch.c
# stdin: hello
import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def ready(tag):
        loop.remove_reader(0)
        fut.set_result(tag)

    loop.add_reader(0, ready, "readable")
    print(await fut)                 # expect: readable
    print(loop.remove_reader(0))     # expect: False
    print(sys.stdin is not None)     # expect: True


asyncio.run(main())
