# %c takes one character or a code point; object.__new__ of a non-class.
for fmt, arg in [("%c", "ab"), ("%c", 65), ("%c", "é"), ("%c", 3.5), ("%c", -1)]:
    try:
        print(repr(fmt % arg))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
