# for loops over lists and tuples index them in place: the same results as
# Python's list iterator when the list changes during the loop, with
# break/continue/else, nested loops, closures and subclasses.
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x * 10)
print(a)

b = [1, 2, 3, 4, 5, 6]
seen = []
for x in b:
    seen.append(x)
    if x == 2:
        del b[0]
print(seen, b)

c = [5, 6, 7]
for x in c:
    c.pop()
print(c, x)

for x in (1, 2, 3):
    if x == 2:
        continue
    print("tuple", x)
else:
    print("else ran")

for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("broke at", x)

fs = []
for v in [1, 2, 3]:
    fs.append(lambda v=v: v * 2)
print([f() for f in fs])

grid = [[1, 2], [3, 4]]
print([(i, j) for row in grid for i in row for j in row if i != j])
total = 0
for row in grid:
    for v in row:
        total += v
print(total)

class Rev(list):
    def __iter__(self):
        return iter(list(reversed(list.__iter__(self) and self[:])))
print([x for x in Rev([1, 2, 3])])
for x in Rev([7, 8]):
    print("rev", x)

for x in []:
    print("never")
else:
    print("empty else")
for a_, b_ in [(1, 2), (3, 4)]:
    print(a_ + b_)
