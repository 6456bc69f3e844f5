# reprs of lists, tuples and dicts of plain values (built in C) and of
# everything else (the general path), side by side
print([1, -2, 3.5, float("inf"), float("-inf"), -0.0, 1e16, 1e-7, "a'b", 'q"', "it's \"x\"", "\n\t\\", "é€😀", "\x00\x7f", True, False, None])
print((1,), ("a",), (None,), (1, 2), (), [], [[1], (2,), {3: 4}], [1.0, 2], [float("nan")])
d = {"a": 1, 2: "b", 3.5: None, 1.0: True, "k": [1]}
print(d)
e = {i: str(i) for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
print(e, {True: 1, 0: 2}, {float("nan"): 1}, {(1, 2): 3}, {1: 1.5, 2: -0.0})
class S(str): pass
print([S("x")], {S("y"): 1}, [1, S("z")])
big = list(range(20))
print(big, tuple(big[:3]))
r = [1]
r.append(r)
print(r)
m = {"x": 1}
m["self"] = m
print(m)
