# A NaN finds itself in a list or tuple (CPython compares items by identity
# first), though NaN == NaN is False. (Floats have no identity in Aster: two
# NaNs made apart also count as the same one, where CPython says False.)
nan = float("nan")
items = [1.0, nan, "x"]
print(nan == nan, nan != nan, nan in items, items.count(nan), items.index(nan))
print(items == items, [nan] == [nan], (nan,) == (nan,), [nan] != [nan], (1, nan) in [(1, nan)])
items.remove(nan)
print(items, nan in items, nan in (nan,), nan in iter([nan]))
