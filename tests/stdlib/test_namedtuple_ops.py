# collections.namedtuple instances used as tuples: concatenation, repetition, slicing
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p + (3,), (0,) + p, p * 2, 2 * p, p[:1], p[::-1], p[-1])
print(p == (1, 2), p < Point(1, 3), max(Point(0, 9), Point(1, 0)), sorted([Point(2, 0), p]))
print(hash(p) == hash((1, 2)), p.count(1), p.index(2), 2 in p, list(reversed(p)))
x, *rest = Point(5, 6)
print(x, rest, "%s-%s" % p, "{}:{}".format(*p), dict(zip(p._fields, p)))
