# globals(): the module's namespace as a live dict, at module level, in
# functions and in class bodies
counter = 0
def bump():
    g = globals()
    g["counter"] += 1
    return g["counter"]
print(bump(), bump(), counter)
globals()["created"] = "yes"
print(created, "created" in globals(), globals().get("nope", "default"))
def handler_a(): return "A"
def handler_b(): return "B"
def dispatch(name):
    return globals()["handler_" + name]()
print(dispatch("a"), dispatch("b"))
print(isinstance(globals(), dict), type(globals()).__name__, globals() is globals())
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
print(globals()["__name__"], len(globals()) > 5)
del globals()["created"]
try:
    created
except NameError as e:
    print("NameError", e)
g = globals()
g.update(alpha=1, beta=2)
print(alpha + beta, g.setdefault("gamma", 3), gamma, g.pop("gamma"), "gamma" in g)
class K:
    in_body = "__name__" in globals()
print(K.in_body)
try:
    globals()["missing"]
except KeyError as e:
    print("KeyError", e)
