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

# builtins that call a function with a known number of arguments use the
# body directly only when that number is the function's
def neg(x):
    return -x
def pair(a, b):
    return a * 10 + b
print(sorted([3, 1, 2], key=neg), min([1, 2], key=neg), max([1, 2], key=neg))
print(list(map(neg, [1, 2])), list(map(pair, [1, 2], [3, 4])), list(filter(neg, [0, 1])))
try:
    sorted([1, 2], key=pair)
except TypeError as e:
    print("TypeError:", e)

def inner(a):
    raise ValueError(a)
def outer():
    inner(3)
outer()
# expect-stderr: File "fast_calls.py", line 57, in outer
# expect-stderr: File "fast_calls.py", line 55, in inner
# exit: 1
