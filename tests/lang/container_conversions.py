# list(x), tuple(x), set(x) of the builtins (called directly) on every kind of iterable
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), tuple([1, 2]), tuple("ab"), sorted(set([3, 1, 3])), set(), list(x for x in range(2)))
a = [1, 2]; b = list(a); b.append(3); print(a, b, b is not a)
t = (1,); print(tuple(t) is t, type(tuple(t)).__name__)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
class L(list): pass
print(type(list(L([1]))).__name__, frozenset([1, 1]))
