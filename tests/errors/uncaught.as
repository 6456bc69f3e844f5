# An uncaught exception prints a CPython-style traceback and exits 1.
def inner(x):
    return 10 // x

def outer():
    return inner(0)

print("before")  # expect: before
outer()
# expect-stderr: Traceback (most recent call last):
# expect-stderr: File "uncaught.as", line 9, in <module>
# expect-stderr: outer()
# expect-stderr: File "uncaught.as", line 6, in outer
# expect-stderr: return inner(0)
# expect-stderr: File "uncaught.as", line 3, in inner
# expect-stderr: return 10 // x
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
