# PYTHONASYNCIODEBUG=1 turns debug mode on for every new loop; debug=False
# in asyncio.run and loop.set_debug turn it off again.
# env: PYTHONASYNCIODEBUG=1
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug())
    loop.set_debug(False)
    print(loop.get_debug())
    return "ok"


print(asyncio.new_event_loop().get_debug())     # expect: True
print(asyncio.run(main()))
# expect: True
# expect: False
# expect: ok


async def quiet():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(quiet(), debug=False))        # expect: False
