# Small runtime behaviours: function attributes, Ellipsis, reversed dicts,
# module-level names that shadow builtins.


def f():
    return 1

setattr(f, "tag", "x")
f.count = 3
print(f.tag, getattr(f, "count"), hasattr(f, "nope"))

print(..., type(...).__name__, Ellipsis is ..., repr(NotImplemented))

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())) if hasattr(d.keys(), "__reversed__") else ["c", "b", "a"])

len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))


def uses_print():
    return max([3, 1, 2])

max = min
print(uses_print())
