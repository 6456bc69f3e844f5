# Sets of floats, tuples and frozensets iterate in CPython's order (their
# hashes are CPython's in every run): displays, adds, comprehensions, set
# operations.
print({(1, 2), (0, 1)}, {2.5, 1.5, 0.5, 3.25}, {frozenset({1}), frozenset({2})})
s = {0.1, 0.2, 0.3, 10.5, -1.5, 1e10, 3}
print(s, sorted(s) == sorted(list(s)))
pts = {(x, y) for x in range(4) for y in range(3)}
print(pts)
s2 = set()
for p in [(5, 1), (2, 2), (9, 0), (1, 1)]:
    s2.add(p)
print(s2, s2 | {(0, 0)}, s2 & {(2, 2), (9, 0)})
print({1, 2.5, (1, 2), True})
