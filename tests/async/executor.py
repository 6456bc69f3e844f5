# run_in_executor and to_thread: the function runs in a worker VM on the
# thread pool; arguments, results and exceptions are copied across.
import asyncio
import functools
import time


class Fault(Exception):
    pass


def add(a, b=10):
    return a + b


def describe(d):
    return {"got": d, "keys": list(d.keys()), "misc": (1, 2.5, None, True, False, b"\x00b", "h\u00e9"),
            "sets": [{3}, frozenset({4})], "empty": ([], (), {}, set())}


def fail(kind, x):
    if kind == "value":
        raise ValueError("bad value " + str(x))
    if kind == "key":
        return {}[x]
    raise Fault("custom", x)


def apply(f, *args):
    return f(*args)


def pick(name):
    return {"add": add, "Tools": Tools}[name]


def nap(name, secs):
    time.sleep(secs)      # a real blocking sleep, in the worker
    return name


class Tools:
    @staticmethod
    def twice(x):
        return x * 2


async def ticker(events, stop):
    while not stop.is_set():
        events.append("tick")
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, add, 2, 3))                  # expect: 5
    print(await asyncio.to_thread(add, 1))                              # expect: 11
    print(await asyncio.to_thread(add, a="x", b="y"))                   # expect: xy
    print(await loop.run_in_executor(None, Tools.twice, [1, 2]))        # expect: [1, 2, 1, 2]
    print(await loop.run_in_executor(None, sorted, [3, 1, 2]))          # expect: [1, 2, 3]
    print(await loop.run_in_executor(None, time.sleep, 0.01))           # expect: None
    r = await loop.run_in_executor(None, describe, {"a": [1, [2, 3]], "b": {"c": (4, 5)}, (1, 2): -7})
    print(r["got"])           # expect: {'a': [1, [2, 3]], 'b': {'c': (4, 5)}, (1, 2): -7}
    print(r["keys"], r["misc"])  # expect: ['a', 'b', (1, 2)] (1, 2.5, None, True, False, b'\x00b', 'hé')
    print(r["sets"], r["empty"])                          # expect: [{3}, frozenset({4})] ([], (), {}, set())
    # functions and classes travel by name; functools.partial is unwrapped
    print(await loop.run_in_executor(None, functools.partial(add, 5)))   # expect: 15
    print(await asyncio.to_thread(apply, add, 2, 3))                    # expect: 5
    print(await asyncio.to_thread(sorted, ["bb", "a", "ccc"], key=len))  # expect: ['a', 'bb', 'ccc']
    print(await asyncio.to_thread(pick, "add") is add, await asyncio.to_thread(pick, "Tools") is Tools)  # expect: True True
    big = list(range(10000))
    print(await asyncio.to_thread(sum, big))                            # expect: 49995000

    for kind, x in [("value", 7), ("key", "k"), ("fault", 3)]:
        try:
            await loop.run_in_executor(None, fail, kind, x)
        except (ValueError, KeyError, Fault) as e:
            print(type(e).__name__, e.args)
    # expect: ValueError ('bad value 7',)
    # expect: KeyError ('k',)
    # expect: Fault ('custom', 3)

    # two blocking sleeps run in parallel while the loop keeps ticking:
    # the shorter one, started second, comes back first
    events = []
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(events, stop))
    await asyncio.sleep(0)

    async def job(name, secs):
        events.append("done " + await asyncio.to_thread(nap, name, secs))

    await asyncio.gather(job("slow", 0.5), job("quick", 0.1))
    stop.set()
    await t
    done = [e for e in events if e != "tick"]
    print(done)                                                # expect: ['done quick', 'done slow']
    print(events[0], events.index("done quick") > 1)           # expect: tick True
    print(events.index("done slow") - events.index("done quick") > 1)   # expect: True


if __name__ == "__main__":
    asyncio.run(main())
