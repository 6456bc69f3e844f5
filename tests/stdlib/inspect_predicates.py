# inspect's predicates (coroutine/generator functions, through methods and
# partials; awaitables), getmembers, unwrap, getdoc/cleandoc.
import inspect, functools, asyncio
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
def plain(): """  Doc
    indented.
    """
class K:
    def m(self): pass
    async def am(self): pass
    @staticmethod
    def s(): pass
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(K().am), inspect.iscoroutinefunction(functools.partial(co)))
print(inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(co))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(5), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
c.close()
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(K().m), inspect.isclass(K), inspect.ismodule(inspect), inspect.isroutine(K().m))
print(inspect.getdoc(plain), [n for n, v in inspect.getmembers(K, inspect.isfunction)])
@functools.wraps(plain)
def w(): pass
print(inspect.unwrap(w) is plain, inspect.cleandoc("  a\n    b\n  c"))
async def main():
    fut = asyncio.get_running_loop().create_future()
    print(inspect.isawaitable(fut), inspect.isawaitable(asyncio.current_task()))
    fut.cancel()
asyncio.run(main())
