# Runaway recursion is a RecursionError, caught like any exception or
# reported with the repeated frame collapsed as CPython does (the count
# differs: Aster's stack is deeper than CPython's limit of 1000).
def deep_try(n):
    try:
        return deep_try(n + 1)
    finally:
        pass

try:
    deep_try(0)
except RecursionError as e:
    print("caught:", e)                       # expect: caught: maximum recursion depth exceeded

class Chain:
    def __getitem__(self, i):
        return self[i + 1]

try:
    Chain()[0]
except RecursionError:
    print("__getitem__ recursion")            # expect: __getitem__ recursion

def kw(n, step=1):
    return kw(n=n + step, step=step)

try:
    kw(0)
except RecursionError:
    print("keyword-call recursion")           # expect: keyword-call recursion

def depth(n):
    if n == 0:
        return 0
    try:
        return 1 + depth(n - 1)
    except ValueError:
        return -1

print(depth(150))                             # expect: 150

def rec(n):
    return rec(n + 1)

rec(0)
# expect-stderr: Traceback (most recent call last):
# expect-stderr:   File "recursion.py", line 45, in <module>
# expect-stderr:     rec(0)
# expect-stderr:   File "recursion.py", line 43, in rec
# expect-stderr:     return rec(n + 1)
# expect-stderr: RecursionError: maximum recursion depth exceeded
# exit: 1
