# sets that keep gaining and losing members (compacted as they go)
class T:
    def __init__(self, i): self.i = i
live = set()
objs = [T(i) for i in range(5000)]
for i, o in enumerate(objs):
    live.add(o)
    if i >= 10:
        live.discard(objs[i - 10])
print(len(live), sorted(o.i for o in live), objs[-1] in live, objs[0] in live)
names = set()
for i in range(3000):
    names.add("n%d" % i)
    if i % 3:
        names.remove("n%d" % i)
print(len(names), sorted(names)[:5], "n3" in names, "n4" in names)
nums = set(range(100))
for i in range(100, 1000):
    nums.add(i)
    nums.discard(i - 100)
print(len(nums), min(nums), max(nums), sum(nums))
live.clear()
live.add(objs[0])
print(len(live), objs[0] in live)
