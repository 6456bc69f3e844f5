# str.find with positions over a long ASCII string is not quadratic;
# positions and bounds as CPython gives them.
import time  # (not timed: the test only checks results)
s = ("abc " * 150000) + "e"
t0 = time.perf_counter()
i, n = 0, 0
while True:
    i = s.find("c", i)
    if i < 0:
        break
    n += 1
    i += 1
print(n, s.find("e"), s.find("b", 5, 6), s.find("b", 5, 5), "héllo".find("l", 2), "héllo".find("lo", 0, 4), "héllo".find("lo", 0, 5))
import io
buf = io.StringIO("line\n" * 20000)
t1 = time.perf_counter()
print(sum(1 for _ in buf))
