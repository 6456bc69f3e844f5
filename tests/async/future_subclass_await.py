# A Future subclass's own __await__ is used by await (direct, in a task,
# and in a resumable body).
import asyncio
class MyFut(asyncio.Future):
    def __await__(self):
        print("MyFut.__await__")
        r = yield from super().__await__()
        return ("wrapped", r)
async def main():
    fut = MyFut()
    asyncio.get_running_loop().call_soon(fut.set_result, 1)
    print(await fut)
asyncio.run(main())
async def via_task(fut):
    v = await fut
    return v
async def main2():
    fut = MyFut()
    asyncio.get_running_loop().call_soon(fut.set_result, 2)
    print(await asyncio.create_task(via_task(fut)))
asyncio.run(main2())
