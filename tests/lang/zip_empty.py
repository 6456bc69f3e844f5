print(list(zip(*[])), dict(zip(*[])), list(zip()), tuple(zip()))
for x in zip():
    print("never")
print(next(zip(), "empty"))
print(list(zip([1, 2], "ab")), dict(zip("ab", [1, 2])), list(zip(*[[1, 2], [3, 4]])))
cases = [([1, 2], [1], [1, 2, 3]), ([1], [1], []), ([1], [1, 2]), ([], [], [1]), ([1, 2], [3, 4])]
for c in cases:
    try:
        print(list(zip(*c, strict=True)))
    except ValueError as e:
        print("ValueError", e)
