# eval() and exec(): in the module's globals, in a given globals dict (and
# locals mapping), reading a function's locals or a class body's namespace;
# SyntaxErrors and NameErrors as CPython reports them; eval as a value.
x = 10
print(eval("x + 1"), eval("  [i * 2 for i in range(3)]"))
exec("y = x * 3\ndef f(a):\n    return a + y\n")
print(y, f(1))
g = {"a": 5}
exec("b = a + 1", g)
print(g["b"], eval("a * b", g), eval("a + c", g, {"c": 100}))
def func(n):
    m = n * 2
    return eval("m + n + x")
print(func(3))
class K:
    z = 7
    w = eval("z + 1")
print(K.w)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError")
print(eval(b"2 ** 10"), eval("x", {"x": "dict"}))
ev = eval
print(ev("1 + 2"))
exec("import math\nprint(math.sqrt(16))")
def loc():
    q = 1
    exec("q = 2; r = 3")
    return q
print(loc())
print(eval, exec)
exec("def g():\n    return 1 / 0\ng()")
# expect-stderr: ZeroDivisionError: division by zero
