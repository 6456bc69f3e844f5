# locals(): a snapshot of a function's bound names (free variables it uses
# included), the class namespace in a class body, globals() at module level
def f(a, b=2, *args, **kw):
    c = a + b
    if False:
        never = 1
    return sorted(locals().items())
print(f(1, 3, 4, k=5))
def outer():
    x = 10
    def inner():
        y = x + 1
        return sorted(locals())
    return inner()
print(outer())
def fmt(name, n):
    return "{name} has {n} items".format(**locals())
print(fmt("box", 3))
class C:
    a = 1
    b = a + 1
    ns = sorted(k for k in locals() if not k.startswith("__"))
print(C.ns)
top = 5
print(locals()["top"], locals() is globals())
def snap():
    v = 1
    d = locals()
    v = 2
    return d["v"], "d" in d
print(snap())
def f(a):
    b = 2
    return sorted(vars())
print(f(1), "f" in vars())
