# bisect: bisect_left/right, insort with lo/hi/key
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, lo=4, hi=5))
b = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    insort(b, x)
print(b)
insort_left(b, 4)
insort_right(b, 4.0)
print(b)
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(records, 3, key=lambda r: r[1]), bisect_right(records, 3, key=lambda r: r[1]))
insort(records, ("d", 4), key=lambda r: r[1])
insort_left(records, ("e", 1), key=lambda r: r[1])
print(records)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect_left(words, "grape"))
