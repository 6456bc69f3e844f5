# Dict keys and set members that begin with ".", ":" or "\x02" (file
# extensions, ":memory:") are plain items: they never reach attributes or
# methods of the container. (Not yet for dict subclasses: see README.)
import json

files = ["a.py", "b.txt", "c.py", "d", "e.get", "f.items"]
ext = {}
for f in files:
    e = "." + f.rsplit(".", 1)[1] if "." in f else ""
    ext[e] = ext.get(e, 0) + 1
print(ext, len(ext), sorted(ext))
print(ext[".py"], ".txt" in ext, ".rs" in ext, ext.get(".get"), ext.get(".nope", "-"))
print(list(ext.items()), list(ext.values()))
ext[".py"] += 10
del ext[".txt"]
print(ext.pop(".get"), ext.setdefault(".new", 0), ext)
print(ext.items(), ext.keys() & {".py", ".x"})

d = {".x": 1, ":get": 2, "\x02f": 3, "plain": 4, ":items": 5}
print(d, len(d))
print(d.get(":get"), d.get(":items"), d.get("\x02f"), list(d.keys()))
print({k: v * 2 for k, v in d.items()})
print(d | {".y": 6}, dict.fromkeys([".a", ":b"], 0))
e = dict(d)
e.update({".x": 100, ":z": 7})
print(e == {**d, ".x": 100, ":z": 7}, e.copy(), e.popitem())
try:
    d[".missing"]
except KeyError as ex:
    print("KeyError", ex)
for k in d:
    print(repr(k), d[k] if not k.startswith(":") else d.get(k))
print(max(d, key=d.get), sorted(d, key=d.get))

s = {".py", ":memory:", "\x02", "x"}
print(".py" in s, ":memory:" in s, ".as" in s, len(s))
s.add(".as")
s.discard(".py")
print(sorted(s), sorted(s | {".z"}), sorted(s - {":memory:"}))
print(frozenset({".a"}) == frozenset([".a"]), {".a": 1}.keys() == {".a"})

j = json.loads('{".key": 1, ":k": [2], "n": {".in": true}}')
print(j, j[".key"], j["n"][".in"], json.dumps(j, sort_keys=True))
g = globals()
print(".x" in g, "json" in g)

# keys and items views against sets
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.keys() == {"a"}, d.keys() == ["a", "b"], d.keys() == {"b": 0, "a": 1}.keys())
print(d.items() == {("a", 1), ("b", 2)}, d.items() == {("a", 1)}, {"a", "b"} == d.keys(), d.values() == d.values())
print(d.keys() != {"a", "b"}, sorted(d.keys() ^ {"a", "c"}))
