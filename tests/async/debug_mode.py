# asyncio debug mode: slow callbacks and task steps are reported, and a
# coroutine that was never awaited gets CPython's RuntimeWarning with the
# place it was created. Both go to sys.stderr (captured here, with the
# paths and timings that differ from CPython's left out).
import asyncio
import sys
import time


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


async def fetch():
    await asyncio.sleep(0.01)
    return "data"


async def forget():
    result = fetch()
    print(type(result).__name__)


def block():
    time.sleep(0.12)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    await forget()
    time.sleep(0.12)
    await asyncio.sleep(0)
    loop.call_soon(block)
    await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)
    return "done"


def where(text):
    """'... at /some/dir/file.py:12 ...' -> 'file.py:12'"""
    place = text.split(" at ", 1)[1].split(" ")[0].rstrip(">")
    return place.split("/")[-1]


cap = Capture()
stderr = sys.stderr
sys.stderr = cap
try:
    print(asyncio.run(main(), debug=True))
finally:
    sys.stderr = stderr
text = "".join(cap.parts)
# Aster reports a coroutine when the GC collects it, later than CPython:
# the warning is shown first here, then the slow steps
warning, slow = [], []
for line in text.splitlines():
    if line.startswith("Executing <Task pending name='Task-1' coro=<main() running at "):
        slow.append("slow task step at " + where(line) + " " + str(float(line.split(" took ")[1].split()[0]) >= 0.1))
    elif line.startswith("Executing <Handle block() at "):
        slow.append("slow callback block() at " + where(line) + " " + str(float(line.split(" took ")[1].split()[0]) >= 0.1))
    elif "RuntimeWarning: coroutine" in line:
        warning.append(line.split(": ", 1)[1])
    elif line.startswith("  File ") and "debug_mode.py" in line:
        warning.append(line.replace(line[line.index('"') + 1:line.rindex("debug_mode.py")], ""))
    elif line.startswith("Coroutine created at") or line.startswith("RuntimeWarning: Enable"):
        warning.append(line)
print("\n".join(warning + slow))
print(asyncio.new_event_loop().get_debug())
# expect: True 0.1
# expect: coroutine
# expect: done
# expect: RuntimeWarning: coroutine 'fetch' was never awaited
# expect: Coroutine created at (most recent call last)
# expect:   File "debug_mode.py", line 58, in <module>
# expect:   File "debug_mode.py", line 39, in main
# expect:   File "debug_mode.py", line 28, in forget
# expect: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect: slow task step at debug_mode.py:41 True
# expect: slow callback block() at debug_mode.py:32 True
# expect: False
