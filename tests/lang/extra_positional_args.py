# A call with too many positional arguments raises TypeError wherever the
# callee is found at run time (methods, lambdas, callbacks, __init__), as
# CPython; the runtime itself calls Python dunders with their own arity.


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx):
        return Point(self.x + dx, self.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except TypeError as e:
        print(label, "TypeError:", e)


p = Point(1)
attempt("method ok", p.move, 2)
attempt("method +1", p.move, 2, 3)
attempt("method +2", p.move, 2, 3, 4)
attempt("init", Point, 1, 2, 3)
attempt("lambda", lambda v: v, 1, 2)
attempt("lambda0", lambda: 0, 1)
attempt("defaults", lambda a, b=1: a + b, 1, 2, 3)
attempt("unbound", Point.move, p, 1, 2)
handlers = {"one": lambda x: x * 2}
attempt("from dict", handlers["one"], 1, 2)

# reprs inside containers, str.format, %-format and f-strings
print([p, (p, {"k": p}), {p.x}], "{!r}".format(p), "%r" % (p,), f"{p!r}")


class Reading:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Reading) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"R{self.v}"


rs = [Reading(3), Reading(1), Reading(2)]
print(sorted(rs), max(rs), rs.index(Reading(2)), Reading(1) in rs, {Reading(1): "a"}[Reading(1)])


# a bound method stored and called later with one argument too many
class Button:
    def __init__(self):
        self.clicks = 0

    def on_click(self):
        self.clicks += 1


b = Button()
callbacks = [b.on_click]
for cb in callbacks:
    cb()
    try:
        cb("event")
    except TypeError as e:
        print("callback:", e)
print(b.clicks)
