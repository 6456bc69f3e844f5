# loop.set_task_factory / get_task_factory: create_task, TaskGroup and
# gather make their tasks through the factory; None restores Task.
import asyncio
made = []
class MyTask(asyncio.Task):
    pass
def factory(loop, coro, **kw):
    t = MyTask(coro, loop=loop, **kw)
    made.append(type(t).__name__)
    return t
async def work(i):
    await asyncio.sleep(0)
    return i * 2
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(1), name="w1")
    print(type(t).__name__, t.get_name(), await t)
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(work(2))
    print(t2.result(), await asyncio.gather(work(3), work(4)))
    loop.set_task_factory(None)
    print(type(asyncio.create_task(work(5))).__name__, made)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
