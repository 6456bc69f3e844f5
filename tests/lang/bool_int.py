# bool is an int: True == 1, hashing, dict keys, arithmetic.
t = True
one = 1
print(True == 1, 1 == True, t == one, one == t, t != one, False == 0, 0 == False, t == 1.0, 2 == t)
print(hash(True) == hash(1), hash(False) == hash(0), {1: "a"}[True], {True: "b"}[1], True + 1 == 2, sum([True, True]))
print(isinstance(True, int), True in [1], 1 in [True], [True] == [1], (1, True) == (True, 1), {1, True}, {True: 1, 1: 2})
print(True * 3, -True, True / 2, True // 1, abs(True), max(True, 0), int(True), str(True), repr(False), f"{True:d}", "%d" % True)
def f(x):
    return x == 1
print(f(True), f(1), f(2), f(False))
l = [1, True, 0, False]
print(l.count(1), l.index(True), l.count(False), sorted([True, 0, False, 2]))
vals = [t, one]
print(vals[0] == vals[1], vals[0] is vals[1])
d = {}
d[1] = "x"
d[True] = "y"
print(d, len(d))
s = set([1, True, 0, False])
print(len(s))
