import os

base = "fix_os_walk_tmp"
for d in ["a/b/c", "a/d", "e"]:
    os.makedirs(os.path.join(base, d), exist_ok=True)
for f in ["top.txt", "a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "e/w.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write("x")

def norm(entries):
    return sorted((p, sorted(ds), sorted(fs)) for p, ds, fs in entries)

for e in norm(os.walk(base)):
    print(e)
print(norm(os.walk(base, topdown=False)) == norm(os.walk(base)))
order = [p for p, ds, fs in os.walk(base, topdown=False)]
print(order.index(os.path.join(base, "a", "b", "c")) < order.index(os.path.join(base, "a", "b")) < order.index(os.path.join(base, "a")) < order.index(base))
seen = []
for p, ds, fs in os.walk(base):
    seen.append(p)
    if "a" in ds:
        ds.remove("a")
print(sorted(seen))
print(list(os.walk("no_such_dir_here")))
errs = []
print(list(os.walk("no_such_dir_here", onerror=errs.append)), len(errs), type(errs[0]).__name__)
print(list(os.walk(base + "/"))[0][0])

print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"))
print(os.path.relpath("/x/y", "/a/b"), os.path.relpath("/", "/a"), os.path.relpath("/a", "/"))
print(os.path.relpath(os.path.join(base, "a", "b")), os.path.relpath(".", base))
print(os.path.relpath("a/./b/../c", "a"), os.path.relpath("/a//b/", "/a/"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)

for f in ["top.txt", "a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "e/w.txt"]:
    os.remove(os.path.join(base, f))
for d in ["a/b/c", "a/b", "a/d", "a", "e", ""]:
    os.rmdir(os.path.join(base, d))
print(os.path.exists(base))
