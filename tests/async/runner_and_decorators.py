# asyncio.Runner, isfuture, run_coroutine_threadsafe (from the loop itself), and
# contextmanager/asynccontextmanager objects (and ContextDecorator,
# AsyncContextDecorator) used as decorators.
import asyncio
import concurrent.futures
import contextlib

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def fail():
    raise ValueError("in runner")

# Runner
with asyncio.Runner() as runner:
    print(runner.run(double(1)), runner.run(double(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop is runner.get_loop())
    try:
        runner.run(fail())
    except ValueError as e:
        print("ValueError:", e)
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
print(loop.is_closed())
c = double(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
r = asyncio.Runner(debug=False)
print(r.get_loop().get_debug())
r.close()
r.close()

async def nested():
    r = asyncio.Runner()
    c = double(1)
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    r.close()

asyncio.run(nested())

# isfuture
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(double(5))
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(double), asyncio.isfuture(42))
    cf = concurrent.futures.Future()
    print(asyncio.isfuture(cf))
    print(await t)
    # run_coroutine_threadsafe from the loop's own thread
    fut = asyncio.run_coroutine_threadsafe(double(21), loop)
    print(type(fut).__name__, fut.done())
    print(await asyncio.wrap_future(fut))
    print(fut.done(), fut.result())
    fut2 = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        await asyncio.wrap_future(fut2)
    except ValueError as e:
        print("wrapped ValueError:", e, type(fut2.exception()).__name__)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)
    # cancelling the concurrent future cancels the task
    fut3 = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    await asyncio.sleep(0)
    print(fut3.cancel(), fut3.cancelled())
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))

asyncio.run(main())

# contextmanager / asynccontextmanager as decorators
@contextlib.contextmanager
def section(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)

@section("sync")
def work(x):
    print("work", x)
    return x + 1

print(work(1), work.__name__)

@contextlib.asynccontextmanager
async def span(name):
    print("enter", name)
    try:
        yield
    except KeyError as e:
        print("span saw", repr(e))
        raise
    finally:
        print("exit", name)

@span("job")
async def job(n):
    print("in job", n)
    await asyncio.sleep(0)
    return n * 10

@span("failing")
async def failing():
    raise KeyError("k")

async def main2():
    print(await job(1), await job(2), job.__name__, asyncio.iscoroutinefunction(job))
    try:
        await failing()
    except KeyError as e:
        print("caught", repr(e))

asyncio.run(main2())

class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("Deco enter")
        return self
    def __exit__(self, *exc):
        print("Deco exit", exc[0])
        return False

@Deco()
def f():
    print("in f")

f()

class ADeco(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        print("ADeco enter")
        return self
    async def __aexit__(self, *exc):
        print("ADeco exit", exc[0])
        return False

@ADeco()
async def g():
    print("in g")

asyncio.run(g())
