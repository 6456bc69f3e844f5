# random: exact MT19937 sequences matching CPython for integer seeds
import random
from random import Random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(33),
      random.getrandbits(60))
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 5), random.sample("abcdefghij", 10), random.sample(range(1000), 30)[:5])
print(random.sample(["r", "g", "b"], k=4, counts=[2, 1, 3]))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 10), random.uniform(-1.5, 1.5))
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(5, 0.5))
print(random.triangular(), random.triangular(0, 10, 2))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.vonmisesvariate(1.0, 2.0), random.vonmisesvariate(0, 0))
print(random.randbytes(7), random.randbytes(4))

for s in [0, 1, 12345, 2**32 - 1, 2**32, 2**40 + 17, -5, 123456789012345]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 10**9))

r1 = Random(7)
r2 = Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(1, 6))
state = r1.getstate()
a = [r1.random() for _ in range(5)]
r1.setstate(state)
b = [r1.random() for _ in range(5)]
print(a == b, a[0])
r3 = Random()
r3.seed(99)
print(r3.random(), r3.choice("xyz"))
big = Random(2023)
print(sum(big.random() for _ in range(2000)))
print([big.randrange(1000000) for _ in range(5)])
random.seed(3.0)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(5, 1)
except ValueError as e:
    print("ValueError", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError", e)
for i, s in enumerate(["hello", "", "spam and eggs" * 10, "h\u00e9llo", b"raw bytes", bytearray(b"ba")]):
    random.seed(s)
    print(i, random.random(), random.randrange(1000))
