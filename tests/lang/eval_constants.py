# eval() of constants and expressions: ints, strs, floats, True/None,
# Ellipsis, parenthesized and negative values, names from given globals.
print(eval("60"), eval("'a'"), eval("(42)"), eval("True"), eval("1e3"), eval("-4"), eval("x", {"x": 3}))
print(eval("None"), eval("[1]"), eval("..."), eval(" 7"), eval("'''doc'''"), eval("b'z'"))
