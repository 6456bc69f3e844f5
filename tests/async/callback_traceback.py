# A callback that raises is reported with its traceback (CPython's
# "Exception in callback ..." log record), and the loop goes on.
import asyncio


def bad():
    helper()


def helper():
    raise ValueError("cb failed")


def bad_done(fut):
    raise KeyError("done cb")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    fut = loop.create_future()
    fut.add_done_callback(bad_done)
    fut.set_result(7)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main())
print("done")

# expect-stderr: Exception in callback bad() at callback_traceback.py:6
# expect-stderr: handle: <Handle bad() at callback_traceback.py:6>
# expect-stderr: Traceback (most recent call last):
# expect-stderr: File "callback_traceback.py", line 7, in bad
# expect-stderr: helper()
# expect-stderr: File "callback_traceback.py", line 11, in helper
# expect-stderr: raise ValueError("cb failed")
# expect-stderr: ValueError: cb failed
# expect-stderr: Exception in callback bad_done(<Future finished result=7>) at callback_traceback.py:14
# expect-stderr: handle: <Handle bad_done(<Future finished result=7>) at callback_traceback.py:14>
# expect-stderr: Traceback (most recent call last):
# expect-stderr: File "callback_traceback.py", line 15, in bad_done
# expect-stderr: KeyError: 'done cb'
# exit: 0
