# Workers load the main script again without re-running it past its first
# submission (nothing is submitted or printed twice); a job nobody waits
# for still finishes before the program ends.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def slow(x):
    time.sleep(0.1 * x)
    print("worker done", x)
    return x


async def main():
    print(await asyncio.to_thread(slow, 2))


print("start")
ex = ThreadPoolExecutor()
f = ex.submit(slow, 1)
print("submitted")
print(f.result())
f = ex.submit(slow, 3)
asyncio.run(main())
# expect: start
# expect: submitted
# expect: worker done 1
# expect: 1
# expect: worker done 2
# expect: 2
# expect: worker done 3
