# obj.__dict__ and vars(obj) are live: writes through them set and delete
# attributes; dict(globals()) and **globals() work.
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = Config(host="localhost", port=80)
print(c.host, c.port, c.__dict__, vars(c))
c.__dict__["debug"] = True
print(c.debug, len(c.__dict__), "debug" in c.__dict__, list(c.__dict__))
del c.__dict__["port"]
print(hasattr(c, "port"), c.__dict__.get("port", "gone"), c.__dict__.pop("debug"), vars(c))
d = c.__dict__
c.new = 1
print(d["new"], dict(d), {**d}, d == {"host": "localhost", "new": 1})
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = P(1, 2)
for k, v in vars(p).items():
    print(k, v)
vars(p).setdefault("c", 3)
print(p.c, sorted(p.__dict__.keys()), isinstance(p.__dict__, dict))
x = 5
print(dict(globals())["x"], (lambda **k: k["x"])(**globals()))
import json, copy
print(json.dumps(c.__dict__), json.dumps(vars(p), sort_keys=True))
q = copy.copy(p)
q.a = 10
print(p.a, q.a, vars(q))
