# Comprehensions and generator expressions over range() run as numeric
# loops: the arguments are the enclosing scope's and evaluated once, bad
# arguments raise as range() does.
x = 3
print([x for x in range(x)], [i * j for i in range(3) for j in range(i)], {i: i * i for i in range(1, 4)})
print({i % 3 for i in range(10)}, [i for i in range(10, 0, -3)], [i for i in range(0, 10, 4) if i], [i for i in range(-5)])
def f(n):
    k = 2
    return [i + k for i in range(n) if i % 2], [i for i in range(n, 0, -1)]
print(f(6))
try:
    [i for i in range(1.5)]
except TypeError as e:
    print(e)
try:
    [i for i in range(0, 3, 0)]
except ValueError as e:
    print(e)
s = 2
print([i for i in range(0, 9, s)], [(lambda: i)() for i in range(3)])
def g():
    return [[j for j in range(i)] for i in range(4)]
print(g())
class C:
    n = 3
    sq = [i * i for i in range(n)]
print(C.sq)
print(sum(i for i in range(101)), list(i * 2 for i in range(5) if i != 2), max(range(7)))
n = 5
g = (i * 10 for i in range(n))
n = 100
print(list(g), list(i for i in range(3, 0, -1)), list(i for i in range(0, 7, 3)), list(i for i in range(2, -7, -3)))
st = -2
print(list(i for i in range(6, 0, st)), sum(i for i in range(0)), list(i for i in range(5, 1)))
try:
    list(i for i in range(0, 4, 0))
except ValueError as e:
    print(e)
try:
    (i for i in range(2.0))
except TypeError as e:
    print(e)
g = (i for i in range(3))
print(next(g), list(g), list(g))
print(list(x for x in range(2**62, 2**62 + 3)))
