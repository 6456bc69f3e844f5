# max() compares as CPython does (item > best: __gt__ first, '>' in the
# error), min() with '<'; lists and tuples of numbers compared in place
# (ties keep the first, NaN as CPython's loop leaves it).
class B:
    def __init__(s, v):
        s.v = v


for f, args in [(max, ([B(1), B(2)],)), (max, (B(1), B(2))), (min, ([B(1), B(2)],)), (max, ([1, "a"],)), (max, (1, "a"))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(f.__name__, e)


class G:
    def __init__(s, v):
        s.v = v

    def __gt__(s, o):
        return s.v > o.v

    def __repr__(s):
        return f"G({s.v})"


print(max([G(3), G(9), G(2)]), max(G(1), G(0)), max(3, 7.5), max("b", "a"), max([True, 2, 1.5]), max([[1], [2, 0]]))
print(max([1, 2.5, 2]), min([3, 1.0, 1]), max([1, float("nan"), 3]), max([float("nan"), 1]), min([5]), max([True, 2]), max([1, 1.0]), min([1.0, 1]), min((4, 2, 8)), max([-1, -1.0]))
