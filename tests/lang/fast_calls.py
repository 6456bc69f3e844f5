# Calls to module-level functions that pass every parameter go straight to
# the body (past the argument check); rebinding the function from outside,
# calling it before its def, or through another name still behaves as Python.
import _fast_mod
print(_fast_mod.g())
_fast_mod.f = lambda x: x * 100
print(_fast_mod.g())
h = _fast_mod.boom
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _fast_mod.calls_boom()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def early():
    return later(1)
try:
    early()
except NameError as e:
    print("NameError:", e)
def later(x):
    return x + 0.5
print(early())

def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    print("RecursionError")

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), fib.__name__, [fib(i) for i in range(8)])

def inner(a):
    raise ValueError(a)
def outer():
    inner(3)
outer()
# expect-stderr: File "fast_calls.py", line 44, in outer
# expect-stderr: File "fast_calls.py", line 42, in inner
# exit: 1
