# Methods of builtin classes stored on a user class stay methods
# (__hash__ = object.__hash__ used to hang); a lazily built exception class
# that failed to build in a deep recursion is built again later.
class A:
    def __eq__(self, o): return self is o
    __hash__ = object.__hash__
    __repr__ = object.__repr__
    up = str.upper
    f = len
a = A()
print(hash(a) == hash(a), {a: 1}[a], A.up("x"), repr(a).startswith("<__main__.A object"))
class S(str):
    shout = str.upper
print(S("hi").shout())
try: a.f()
except TypeError as e: print(e)
def rgen(n):
    if n:
        for x in rgen(n - 1):
            yield x
    yield n
try:
    print(sum(rgen(5000)))
except RecursionError:
    print("RecursionError caught")
try:
    print(list(map(str, [1, 2])))
except BaseException as e:
    print(type(e).__name__, repr(str(e)))
