# A coroutine made by a call statement and dropped (a forgotten await)
# gets CPython's RuntimeWarning on stderr at that statement, once per place.
import asyncio

async def fetch():
    return 1

class Client:
    async def close(self):
        return None

def main():
    for i in range(3):
        fetch()
    print("after the loop")
    Client().close()
    [].append(1)
    print("done")

main()
asyncio.run(fetch())
print("end")
# expect: after the loop
# expect: done
# expect: end
# expect-stderr: never_awaited.py:14: RuntimeWarning: coroutine 'fetch' was never awaited
# expect-stderr:   fetch()
# expect-stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect-stderr: never_awaited.py:16: RuntimeWarning: coroutine 'Client.close' was never awaited
# exit: 0
