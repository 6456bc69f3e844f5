# An error in an except block shows the exception it was handling first.
def load(d):
    try:
        return d["k"]
    except KeyError:
        return int("x")


load({})
# expect-stderr: KeyError: 'k'
# expect-stderr: During handling of the above exception, another exception occurred:
# expect-stderr:   File "during_handling.py", line 6, in load
# expect-stderr: ValueError: invalid literal for int() with base 10: 'x'
