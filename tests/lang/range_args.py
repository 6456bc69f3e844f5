# range() of a non-integer raises CPython's TypeError.
for a in (1.5, "3", None):
    try:
        range(a)
    except TypeError as e:
        print(e)
    try:
        for i in range(a): pass
    except TypeError as e:
        print(e)
print(list(range(True, 3)))
