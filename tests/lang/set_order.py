# Sets of ints iterate in CPython's hash-table order (ascending for small ints).
print({3, 1, 2}, {10, 5, 7, 1}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
print({100, 3, 50}, {-1, -5, 3}, {1 << 40, 7, 2})
a = {5, 3, 1}
b = {4, 3, 2}
print(a | b, a & b, a - b, a ^ b, b | a)
print(sorted(a), list(a), [x * 2 for x in b], set(range(20, 0, -1)))
s = set()
for i in [17, 33, 2, 49, 1, 65]:
    s.add(i)
print(s)
s.discard(33)
print(s, s.pop(), s)
t = set(range(100))
print(sum(t), list(t)[:5], len(t))
while t:
    t.pop()
print(t)
print({True, 2, 0}, frozenset({9, 2, 4}), {x % 7 for x in range(30)})
print({8, 16, 24, 32, 0}, {1000, 2000, 3}, {-2, -1, 0, 1})
big = {i * 37 % 101 for i in range(60)}
print(list(big)[:20])

a = set()
for x in [29, 6, 9, 10, 13, 17, 24]:
    a.add(x)
b = set()
for x in [26, 1, 8, 9, 17]:
    b.add(x)
print(a, b, a & b, a.intersection(b), b & a)

import random
random.seed(7)
out = []
for trial in range(150):
    n = random.randint(0, 12)
    hi = random.choice([8, 16, 40, 100, 1000])
    a = set()
    for _ in range(n):
        a.add(random.randint(-5, hi))
    b = set(random.randint(-5, hi) for _ in range(random.randint(0, 10)))
    out.append((list(a), list(b), list(a | b), list(a & b), list(a - b), list(a ^ b), list(set(list(a))), list({x * 3 for x in a})))
for o in out:
    print(o)
