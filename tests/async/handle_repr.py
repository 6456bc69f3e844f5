# Handle/TimerHandle reprs: callbacks with reprlib-shortened arguments,
# cancelled handles.
import asyncio

class Obj:
    def __repr__(self):
        return "<Obj with a rather long representation here>"

def show(*args):
    pass

async def main():
    loop = asyncio.get_running_loop()
    args = [("x" * 29,), ("y" * 30,), ("z" * 31,), ("héllo wörld " * 4,), (1234567890123456789,),
            ([1, 2, 3, 4, 5, 6, 7, 8],), ((1,),), ((),), ([],), ([[[[[[[1]]]]]]],), (Obj(),), (3.5, None, True)]
    for a in args:
        h = loop.call_soon(show, *a)
        print(repr(h).split(" at ")[0])
        h.cancel()
        print(repr(h))
    th = loop.call_at(12.5, show)
    print(repr(th).split(" at ")[0])
    th.cancel()
    print(repr(th))

asyncio.run(main())
