# sys.exc_info()/sys.exception() inside and after except blocks; __context__
# of exceptions raised by operations in a handler or in __exit__.
import sys
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
    try:
        {}["k"]
    except KeyError as e:
        print("inner", sys.exc_info()[0].__name__, repr(e.__context__))
    print("back", sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
def f():
    try:
        raise TypeError("t")
    except TypeError:
        return sys.exc_info()[1]
print(repr(f()), sys.exc_info())
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        if i == 0:
            continue
        break
print(sys.exc_info())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
