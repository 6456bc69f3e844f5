# dict(), list() and set() with no argument, and a shadowed dict
a, b, c = dict(), list(), set()
a["k"] = 1; b.append(2); c.add(3)
print(a, b, c, type(dict()).__name__, type(list()).__name__, type(set()).__name__, dict() == {}, list() == [], set() == set())
print(dict() is not dict(), len(list()), bool(set()))
def f():
    dict = lambda: "shadow"
    return dict()
print(f())
