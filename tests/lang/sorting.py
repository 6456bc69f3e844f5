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
# ints only (the radix path), with duplicates, negatives and 64-bit extremes
g = [random.randint(-2**61, 2**61) for _ in range(3000)] + [0, -1, 9223372036854775807, -9223372036854775807 - 1] * 3 + a
gs = sorted(g)
print(all(gs[i] <= gs[i + 1] for i in range(len(gs) - 1)), gs[:3], gs[-2:], sum((gs[i] % 1000003) * i for i in range(0, len(gs), 7)) % 1000003)
print(sorted(g, reverse=True)[:3] == gs[::-1][:3])
# strings around the 8-byte prefix: shared prefixes, NULs, lengths 7..9, UTF-8
words = ["abcdefgh", "abcdefg", "abcdefghi", "abcdefgh\0", "abc", "ab\0", "ab", "", "é", "e\u0301", "z" * 20,
         "\U0001F600", "abcdefgha", "abcdefgg", "ABCDEFGH"]
words += [str(random.randint(0, 10**12)) * (i % 3 + 1) for i in range(400)]
ws = sorted(words)
print(ws[:10], ws[-3:], sum(i * len(w) for i, w in enumerate(ws)))
print(sorted(words, reverse=True) == ws[::-1], sorted(words, key=lambda w: w[1:])[:4])
