# random.SystemRandom draws from os.urandom: values in range, no state to
# save, and the seeded module-level generator unchanged beside it.
import random

r = random.SystemRandom()
xs = [r.random() for _ in range(1000)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 990, 1 <= r.randint(1, 6) <= 6, r.getrandbits(8) < 256)
print(len(r.randbytes(5)), r.choice("abc") in "abc", len(set(r.sample(range(10), 3))))
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
random.seed(5)
print(random.random(), random.randint(1, 100))
