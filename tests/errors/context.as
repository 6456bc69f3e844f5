try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError("while handling")
# expect-stderr: ZeroDivisionError: division by zero
# expect-stderr: During handling of the above exception, another exception occurred:
# expect-stderr: RuntimeError: while handling
