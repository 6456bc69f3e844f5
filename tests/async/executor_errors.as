# What cannot be copied to a worker VM is a TypeError (or ValueError) raised
# at the call, in the calling VM; an exception in the worker comes back with
# its type, message and the worker's frames; the main script's top level
# does not run again in the worker.
import asyncio

print("top level runs once")      # expect: top level runs once


class Point:
    def norm(self):
        return 0


def helper(x):
    return check(x)


def check(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x


async def main():
    loop = asyncio.get_running_loop()
    p = Point()

    def nested():
        return 1

    for fn, args in [(lambda: 1, ()), (nested, ()), (p.norm, ()), (p, ()), (len, (p,)), (len, ([1, {2: p}],))]:
        try:
            loop.run_in_executor(None, fn, *args)
        except TypeError as e:
            print("TypeError:", e)
    # expect: TypeError: cannot run main.<locals>.<lambda> in a worker VM: only functions defined at the top level of a module (or in a top-level class) can be sent, not lambdas or nested functions
    # expect: TypeError: cannot run main.<locals>.nested in a worker VM: only functions defined at the top level of a module (or in a top-level class) can be sent, not lambdas or nested functions
    # expect: TypeError: cannot run a bound method in a worker VM: its object would have to be copied; pass a module-level function and the values it needs
    # expect: TypeError: cannot run a 'Point' object in a worker VM: only functions defined at the top level of a module (or in a top-level class) and builtins can be sent
    # expect: TypeError: cannot send a 'Point' object to a worker VM (an argument): only None, bool, int, float, str, bytes, list, tuple, dict, set and frozenset values are copied, and module-level functions and classes by name
    # expect: TypeError: cannot send a 'Point' object to a worker VM (an argument): only None, bool, int, float, str, bytes, list, tuple, dict, set and frozenset values are copied, and module-level functions and classes by name
    try:
        await asyncio.to_thread(helper, key=lambda: 0)
    except TypeError as e:
        print("TypeError:", e)
    # expect: TypeError: cannot send a 'function' object to a worker VM (a keyword argument): only None, bool, int, float, str, bytes, list, tuple, dict, set and frozenset values are copied, and module-level functions and classes by name
    loop_list = [1]
    loop_list.append(loop_list)
    try:
        await asyncio.to_thread(len, loop_list)
    except ValueError as e:
        print("ValueError:", e)   # expect: ValueError: cannot send a recursive data structure to a worker VM (an argument)
    try:
        await asyncio.to_thread(helper, -5)
    except ValueError as e:
        print("ValueError:", e)   # expect: ValueError: negative: -5
    try:
        loop.run_in_executor(object(), helper, 1)
    except TypeError as e:
        print("TypeError:", e)    # expect: TypeError: executor must be None or a concurrent.futures.Executor, not object
    print(await asyncio.to_thread(helper, 4))   # expect: 4
    await asyncio.to_thread(helper, -1)

asyncio.run(main())
# the worker's frames come after the awaiting task's:
# expect-stderr: Traceback (most recent call last):
# expect-stderr: await asyncio.to_thread(helper, -1)
# expect-stderr: File "executor_errors.as", line 16, in helper
# expect-stderr: return check(x)
# expect-stderr: File "executor_errors.as", line 21, in check
# expect-stderr: raise ValueError("negative: " + str(x))
# expect-stderr: ValueError: negative: -1
