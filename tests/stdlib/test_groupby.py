# itertools.groupby: groups consumed in and out of order, key functions,
# the group object's repr
import itertools
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in itertools.groupby([1, 2, 3, 4, 6, 8, 9], key=lambda x: x % 2)])
groups = itertools.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.groupby([])))
g = itertools.groupby("xxy")
k, grp = next(g)
print(next(grp), next(grp), next(grp, "end"), next(grp, "end"))
print(repr(next(itertools.groupby("a"))[1]).startswith("<itertools._grouper object at 0x"))
