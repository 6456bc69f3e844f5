# A set iterated, then popped or discarded from: its symmetric difference,
# union, difference and intersection leave the removed member out.
s = {1, 2, 3}
s.add(4)
list(s)
s.discard(1)
print(s, s ^ {3, 10}, s | {5}, s - {2}, s & {2, 3})
t = {1, 2, 3}
t.add(4)
list(t)
t.pop()
print(t, t ^ {3, 10}, t | {9}, sorted(t ^ {2}))
