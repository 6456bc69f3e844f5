lst = [3, 1, 2]
lst.append(5)
lst.extend([9, 8])
lst.insert(0, 7)
print(lst, len(lst), lst[0], lst[-1], lst[1:3], lst[::-1])
lst.sort()
print(lst, lst.pop(), lst.pop(0), lst)
lst.remove(3)
print(lst, lst.index(5), lst.count(2), 5 in lst, 4 in lst)
lst[0] = 100
lst[1:3] = [20, 30, 40]
print(lst)
del lst[0]
del lst[-2:]
print(lst)
print(sorted([5, 2, 9], reverse=True), sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])))
pairs = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print([1, 2] + [3], [0] * 3, [[1, 2], [3]], [] == [], [1, 2] < [1, 3], [1, 2] == [1, 2])
t = (1, 2, 3)
print(t, t[1], t[-1], len(t), (1,), (), t + (4,), t * 2, t.index(2), t.count(3))
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(d.pop("b"), d, d.setdefault("e", 5), d)
d.update({"f": 6}, g=7)
print(d, {**d, "a": 0}, dict(x=1, y=2), dict([("p", 1), ("q", 2)]))
del d["a"]
print(d, d.popitem(), d)
dd = {"items": 1, "keys": 2, "get": 3}
print(dd["items"], dd.items(), dd.keys(), dd.get("get"))
tk = {(1, 2): "a", (3, 4): "b"}
print(tk[(1, 2)], tk[3, 4], (1, 2) in tk, {1: "int", 2.0: "float"}[2])
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(s, 2 in s, len(s), s | {5}, s & {2, 3, 9}, s - {2}, sorted(s ^ {3, 10}), {1, 2} <= {1, 2, 3})
print(set(), set([1, 1, 2]), frozenset([1, 2]) == {1, 2}, sorted({"b", "a"}))
print([x * x for x in range(5)], [x for x in range(10) if x % 3 == 0], [(i, j) for i in range(2) for j in range(2)])
print({x: x * 2 for x in range(3)}, {x % 3 for x in range(10)}, sum(x for x in range(101)))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), range(10)[2], len(range(0, 10, 3)))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, 2, None])), any([0, 0, 1]), all([1, 1, 0]), all([]))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
nested = {"k": [1, {"x": (2, 3)}]}
print(nested, nested["k"][1]["x"][0])
