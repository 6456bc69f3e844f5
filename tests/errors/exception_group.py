# An uncaught exception group prints as CPython's: its traceback behind a
# margin, then each sub-exception (with the frame that caught it) in a box.
def bad(n):
    raise ValueError(f"boom {n}")


def main():
    errs = []
    for i in range(2):
        try:
            bad(i)
        except ValueError as e:
            errs.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    raise ExceptionGroup("outer", errs + [inner])


main()
# expect-stderr:   + Exception Group Traceback (most recent call last):
# expect-stderr:   |   File "exception_group.py", line 18, in <module>
# expect-stderr:   |     main()
# expect-stderr:   |   File "exception_group.py", line 15, in main
# expect-stderr:   |     raise ExceptionGroup("outer", errs + [inner])
# expect-stderr:   | ExceptionGroup: outer (3 sub-exceptions)
# expect-stderr:   +-+---------------- 1 ----------------
# expect-stderr:     | Traceback (most recent call last):
# expect-stderr:     |   File "exception_group.py", line 11, in main
# expect-stderr:     |     bad(i)
# expect-stderr:     |   File "exception_group.py", line 4, in bad
# expect-stderr:     |     raise ValueError(f"boom {n}")
# expect-stderr:     | ValueError: boom 0
# expect-stderr:     +---------------- 2 ----------------
# expect-stderr:     | ValueError: boom 1
# expect-stderr:     +---------------- 3 ----------------
# expect-stderr:     | ExceptionGroup: inner (2 sub-exceptions)
# expect-stderr:     +-+---------------- 1 ----------------
# expect-stderr:       | TypeError: t
# expect-stderr:       +---------------- 2 ----------------
# expect-stderr:       | KeyError: 'k'
# expect-stderr:       +------------------------------------
