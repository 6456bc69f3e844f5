# itertools: infinite, terminating and combinatoric iterators
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(7)
next(c)
print(repr(c), repr(count(2, 5)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(islice(repeat(1), 4)), list(repeat(5, -1)))
print(repr(repeat("a")), repr(repeat(3, 2)))
print(list(zip(range(3), repeat(0))))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate("abc")))

print(list(chain("ab", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", 1, 6, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest()))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t3 = tee("abc", 3)
print(len(t3), [list(t) for t in t3])
x, = tee(range(2), 1)
print(list(x), tee([], 0))
a, b = tee(count())
print([next(a) for _ in range(5)], [next(b) for _ in range(3)])

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])))
print(len(list(product("abc", "de", "fgh"))))
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations("AB", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
try:
    permutations("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    product("ab", repeat=-1)
except ValueError as e:
    print("ValueError", e)
print(sum(1 for _ in itertools.product(range(10), repeat=4)))
