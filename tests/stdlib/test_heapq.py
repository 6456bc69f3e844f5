# heapq: push/pop/heapify/replace/pushpop/nlargest/nsmallest/merge, stable like CPython
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
try:
    heappop([])
except IndexError as e:
    print("IndexError", e)

tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "read"))
heappush(tasks, (3, "sleep"))
heappush(tasks, (1, "eat"))
print([heappop(tasks) for _ in range(4)])

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, nums))
print(nlargest(0, nums), nsmallest(20, nums), nlargest(3, []), nsmallest(2, iter(nums)))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print(nlargest(3, people, key=lambda p: p[1]))
print(nsmallest(3, people, key=lambda p: p[1]))
print(nlargest(4, iter(people), key=lambda p: p[1]), nsmallest(4, iter(people), key=lambda p: p[1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3, 5], [], [2, 2, 6])), list(merge()), list(merge([1])))
print(list(merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
# heap sort of many items
import random
r = random.Random(5)
vals = [r.randrange(1000) for _ in range(500)]
hh = []
for v in vals:
    heappush(hh, v)
out = [heappop(hh) for _ in range(len(hh))]
print(out == sorted(vals), out[:10])
hm = list(vals)
heapq._heapify_max(hm)
print(hm[0] == max(vals))
try:
    heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
