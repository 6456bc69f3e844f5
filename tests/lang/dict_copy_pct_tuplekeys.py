# dict.copy (plain dicts, after deletions, dict subclasses), %-formatting
# with %s/%d (cached formats) and the general path, and tuple keys made of
# numbers, strs, bools, None and nested tuples (keyed in C) or objects.
d = {"a": 1, ".x": 2, 3: 4, (1, 2): 5}
e = d.copy()
e["z"] = 9
del e["a"]
print(d, e, d.copy() == d, len(e), list(e.keys()), e.get(".x"))
d2 = {"a": 1, "b": 2}
del d2["a"]
c2 = d2.copy()
c2["c"] = 3
print(d2, c2)


class D(dict):
    pass


dd = D(a=1)
dd.attr = 5
c = dd.copy()
print(type(c).__name__, c, hasattr(c, "attr"))
print("%s-%d" % ("a", 5), "%d" % 3.7, "%s" % (1,), "%s %s" % ([1], None), "%d%%" % 5, "%s" % "x", "%d" % True)
for fmt, args in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("x",))]:
    try:
        print(fmt % args)
    except TypeError as ex:
        print("TypeError", ex)
print("%(a)s" % {"a": 1}, "x" % (), "%s" % {"k": 1}, "%5s|%-3d|" % ("ab", 7))
s = {(1, 2), (1.0, 2), (1, 2.0), ("a", None), ("a", None), ((1, 2), "x"), ((1.0, 2.0), "x"), (True, 1), (1, 1),
     (0.1, "b"), (), ((),)}
print(len(s), sorted(map(repr, s)))
k = {(1, "a"): 1}
k[(1.0, "a")] = 2
print(k, (1, "a") in k, (2, "a") in k)


class O:
    pass


o = O()
t = (o, 1)
print(t in {t}, (o, 1) in {t}, (O(), 1) in {t})
