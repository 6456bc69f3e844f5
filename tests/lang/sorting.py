# sorted()/list.sort over ints, floats, mixed numbers, keys and reverse
import random
random.seed(5)
a = [random.randint(-10**6, 10**6) for _ in range(1000)]
print(sorted(a)[:5], sorted(a, reverse=True)[:5])
b = [random.random() * 100 - 50 for _ in range(500)]
print(sorted(b)[:3], sorted(b, reverse=True)[:3])
c = [1, 2.5, -3, 0.0, 7, -0.5] * 20
s = sorted(c)
print(s[:8], [type(x).__name__ for x in s[:8]])
d = a[:]; d.sort(); print(d == sorted(a))
e = [3, 1, 2]; e.sort(key=lambda v: -v); print(e)
f = [float("inf"), 1.0, -float("inf"), 2]; print(sorted(f))
