# Error checks and small builtins CPython has: object() arguments, __init__
# returning a value, unpacking non-iterables, 'in' on non-containers,
# iter(v, w), print keywords, raise from a non-exception, property deleter,
# generator __name__, __debug__, __import__, float ** overflow, open() modes.
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
class C:
    pass
class A:
    def __init__(self, **kw):
        super().__init__(**kw)
for mk in (lambda: C(1), lambda: C(x=1), lambda: A(z=1)):
    try:
        mk(); print("created")
    except TypeError as e:
        print(type(e).__name__, e)
class InitRet:
    def __init__(self): return 5
try:
    InitRet(); print("created")
except TypeError as e:
    print(type(e).__name__, e)
class NoCt: pass
try:
    1 in NoCt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(iter(5, 0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise TypeError("no from") from "notexc"
except TypeError as e:
    print(type(e).__name__, e)
class P:
    @property
    def x(self): return 1
try:
    del P().x
except AttributeError as e:
    print(type(e).__name__, e)
def mygen(): yield 1
print(mygen().__name__)
print(__debug__)
print(__import__('collections').__name__)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
for f in (lambda: open("/tmp/x_aster_test.txt", "z"), lambda: {}.setdefault()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
import os
print(__import__("os.path").__name__, __import__("json", fromlist=["x"]).__name__)
def g(): yield 1
x = g()
print(x.gi_running, x.__qualname__, (i for i in []).__name__)
l = [1, 2, 3]
try:
    l[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
l=[1,2,3,4]
try: l[::2] = 5
except TypeError as e: print(e)
l[1:3] = "ab"; print(l)
