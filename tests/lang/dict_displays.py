# dict displays (constant keys build the dict directly), empty dicts and sets
# made without their order table, and iteration over a dict that grows
d = {"a": 1, "b": 2, 3: "c", -4: "d"}
print(d, len(d), list(d), d["a"], d[3], d[-4])
d["e"] = 5
del d["a"]
d["a"] = 0
print(d, list(d.items()))
print({"x": 1, "x": 2}, {1: "a", 1.0: "b"}, {True: 1, 1: 2}, {}, {"k": None}, {"a": [1], "b": {"c": {}}})
e = {}
e[1] = 2
print(e, len({}), {"a": 1} == {"a": 1}, {0: "z", "0": "y"})
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
it = iter({})
print(list(it))
f = {}
it = iter(f)
f["a"] = 1
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
except StopIteration:
    print("StopIteration")
s = set()
s.add(1)
print(s, {1, 2} | set(), set() == set())
