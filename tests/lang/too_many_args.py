# Calls with too many positional arguments to module-level functions (checked where the call is compiled).
def f(a, b, c):
    return a + b + c
def g():
    return 0
def h(a, b=2):
    return a + b
def k(a, *rest):
    return len(rest)
print(f(1, 2, 3), k(1, 2, 3))
for call in [lambda: f(1, 2, 3, 4), lambda: g(1), lambda: h(1, 2, 3), lambda: g(1, 2), lambda: f(1, 2, 3, 4, 5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def outer():
    try:
        f(print("evaluated first"), 2, 3, 4)
    except TypeError as e:
        print("TypeError:", e)
outer()

try:
    late(1, 2)
except NameError as e:
    print("NameError:", e)
def late(a):
    pass
try:
    late(1, 2)
except TypeError as e:
    print("TypeError:", e)
