import os

path = "fix_file_next.tmp"
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\ndelta\n")

with open(path) as f:
    print(repr(next(f)))
    print(repr(f.readline()))
    print(repr(next(f)))
    print(iter(f) is f)
    for line in f:
        print("rest", repr(line))
    print(repr(next(f, "END")))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")

with open(path, "rb") as f:
    print(next(f))
    print(f.readline())
    print(list(f))
    print(next(f, None))

f = open(path)
f.close()
try:
    next(f)
except ValueError as e:
    print("ValueError", e)
os.remove(path)
