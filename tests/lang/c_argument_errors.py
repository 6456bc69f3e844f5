# A C function's argument check surfaces as CPython's TypeError.
try:
    "a,b".split(",", "x")
except TypeError as e:
    print("TypeError", e)
