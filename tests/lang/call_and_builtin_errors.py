# CPython's TypeErrors and ValueErrors for common call mistakes: too many
# positional arguments (qualified name, "was"/"were"), a positional-only
# parameter passed by keyword, enumerate() of a non-iterable (raised at once),
# `in` on a non-container, min/max with a default and several arguments,
# and str.format with a lone brace.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def g(a, /, b, *, c):
    return a, b, c


def h(*, key=None):
    return key


class C:
    def m(self, *, key=None):
        return key


t(lambda: g(a=1, b=2, c=3))
t(lambda: h(1))
t(lambda: C().m(1))
t(lambda: C().m(1, 2))
t(lambda: enumerate(None))
t(lambda: 'a' in 1)
t(lambda: None in None)
t(lambda: min(1, 2, default=0))
t(lambda: max([], default=7))
for f in ['{', 'a{', '{0', '{:', '{0:x', '{{{']:
    t(lambda: f.format(1))
e = enumerate("abcd")
for i, c in e:
    if i == 1:
        break
print(next(e), list(e))
