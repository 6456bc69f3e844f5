# A for loop that ends early closes the generator it made for itself
# (CPython drops its last reference), not one made before the loop and
# only wrapped by enumerate, zip, iter or islice.
from itertools import islice


def gen(n):
    try:
        yield from range(n)
    finally:
        print("gen(%d) closed" % n)


for x in gen(3):
    if x == 1:
        break
print("after own generator")
for i, x in enumerate(gen(4)):
    break
print("after enumerate(gen())")

g = gen(6)
for i, x in enumerate(g):
    if i == 2:
        break
print(list(g))
g = gen(5)
for a, b in zip("ab", g):
    pass
print(list(g))
g = gen(7)
chunks = []
while chunk := list(islice(g, 3)):
    chunks.append(chunk)
print(chunks)
g = gen(4)
for x in iter(g):
    break
print(next(g))
g.close()
