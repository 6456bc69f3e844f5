# pprint basics: pprint/pformat/pp/saferepr/isreadable/isrecursive on
# scalars and flat containers; width, indent, compact, sort_dicts (with
# mixed-type keys ordered as CPython's _safe_key does), underscore_numbers,
# 1-tuples and empty containers, sets and frozensets (sorted), long strings
# split at word boundaries into adjacent literals, bytes and bytearray split
# in 4-byte groups, the stream argument, pp's unsorted dicts, argument
# errors, and objects printed by their repr (dict views, namedtuples,
# modules and classes, whose "<" reprs are not readable, int subclasses).
import io
import pprint
import sys
from collections import namedtuple

print("--- scalars")
for v in [0, -5, 3.25, 1e100, -0.0, 2 + 3j, True, None, "x", "", b"", b"ab", bytearray(b"xy"), ..., 12345678]:
    print(pprint.pformat(v), pprint.saferepr(v), pprint.isreadable(v), pprint.isrecursive(v))
pprint.pprint(1234567, underscore_numbers=True)
pprint.pprint([1234567, -9876543210, 12.5, True, 1000], underscore_numbers=True)
print(pprint.pformat({10 ** 6: 10 ** 9}, underscore_numbers=True))
print(pprint.saferepr(10 ** 6), pprint.PrettyPrinter(underscore_numbers=True).pformat(-1000))


class MyInt(int):
    pass


print(pprint.pformat(MyInt(123456), underscore_numbers=True))

print("--- empty and tiny containers")
for v in [[], (), {}, set(), frozenset(), (1,), [1], {1: 2}, {1}, frozenset({1}), ((),), ([],)]:
    pprint.pprint(v)
    print(pprint.pformat(v, width=1))

print("--- lists and tuples at several widths")
nums = list(range(25))
for w in (80, 40, 20, 5, 1):
    print("width", w)
    pprint.pprint(nums, width=w)
words = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta")
pprint.pprint(words, width=30)
pprint.pprint((words,), width=30)
pprint.pprint([("k%d" % i, i * 1.5) for i in range(8)], width=40)

print("--- indent")
for ind in (0, 1, 2, 4):
    pprint.pprint(words, indent=ind, width=25)
    pprint.pprint({"a": 1, "b": [1, 2, 3], "c": "ccc"}, indent=ind, width=15)
    pprint.pprint([], indent=ind)

print("--- compact")
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint(list(range(40)), compact=True, width=30, indent=3)
pprint.pprint([words, list(range(12)), "short", "x" * 50], compact=True, width=40)
pprint.pprint(tuple(range(30)), compact=True, width=20)
pprint.pprint(set(range(30)), compact=True, width=20)

print("--- dicts")
d = {"zeta": 1, "alpha": [1, 2, 3], "mid": {"x": 1, "y": (2, 3)}, "beta": "b" * 30, "gamma": None}
pprint.pprint(d)
pprint.pprint(d, width=40)
pprint.pprint(d, width=40, sort_dicts=False)
pprint.pp(d, width=40)
pprint.pp(d, width=40, sort_dicts=True)
pprint.pprint(d, width=40, indent=4)
print(pprint.pformat(d, width=30, indent=2, sort_dicts=False))
print(pprint.saferepr(d))
pp_unsorted = pprint.PrettyPrinter(width=30, sort_dicts=False)
print(pp_unsorted.pformat(d))
# mixed key types: same-type keys sort normally, the others by type name
mixed = {3: "int", "b": "str", 1.5: "float", None: "none", (1, 2): "tuple", "a": "str2", b"x": "bytes", 2: "int2", True: "bool"}
pprint.pprint(mixed)
pprint.pprint(mixed, width=30)
# an order that is not transitive (2.5 < frozenset() < 1 < 2.5) still follows CPython's sort
pprint.pprint({3: 0, 2.5: 1, frozenset(): 2, 1: 3, "s": 4}, width=20)
print(pprint.saferepr({3: 0, 2.5: 1, frozenset(): 2, 1: 3}))
# floats too large for an int as keys, values and set items
pprint.pprint({1e100: "a", "b": 2, None: 1e300, 2.5: [1e20, -1e19]}, width=20)
pprint.pprint({1e100, 2.5, "s", None}, width=10)

print("--- sets and frozensets")
pprint.pprint({5, 3, 1, 4, 2})
pprint.pprint(set(range(0, 100, 7)), width=20)
pprint.pprint(frozenset(range(0, 100, 7)), width=20)
pprint.pprint(frozenset({"pear", "apple", "fig"}), width=30)
pprint.pprint(frozenset({"pear", "apple", "fig", "banana", "cherry", "date"}), width=20)
pprint.pprint({"pear", "apple", "fig", "banana", "cherry", "date"}, width=20)
pprint.pprint({1, "a", None, 2.5, (1, 2), b"x"}, width=10)
print(pprint.saferepr({3, 1, 2}), pprint.saferepr(frozenset({"b", "a"})) in ("frozenset({'a', 'b'})", "frozenset({'b', 'a'})"))

print("--- strings")
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint(text.strip(), width=30)
pprint.pprint([text], width=40)
pprint.pprint({"key": text}, width=50)
pprint.pprint(("a" * 100,))
pprint.pprint("no-spaces-at-all-" * 8, width=40)
pprint.pprint("line one\nline two is longer than the others\nthree\n", width=20)
pprint.pprint("tabs\tand\tquotes 'single' and \"double\" " * 3, width=30)
pprint.pprint("unicode éèê ünï " * 8, width=30)
pprint.pprint("   leading spaces and trailing   " * 3, width=25)
pprint.pprint("short", width=3)
pprint.pprint("x" * 10 + " " + "y" * 10, width=5)
pprint.pprint("a\r\nb\rc\x0bd\x0ce\x1cf\u2028g " * 3, width=12)
for w in (10, 19, 20, 21, 22):
    print(pprint.pformat("hello world, here we go", width=w))

print("--- bytes and bytearray")
blob = bytes(range(48))
pprint.pprint(blob)
pprint.pprint(blob, width=30)
pprint.pprint(b"abcd")
pprint.pprint(b"abcde", width=1)
pprint.pprint([blob], width=40)
pprint.pprint({"data": b"0123456789" * 6}, width=40)
pprint.pprint(bytearray(blob), width=40)
pprint.pprint(bytearray(b"abcd"), width=1)
pprint.pprint(bytearray(), width=1)
pprint.pprint([bytearray(b"hello world " * 6)], width=30)
pprint.pprint(b"quote's and \"dq\" \\ " * 4, width=30)

print("--- printed by their repr")
d2 = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
pprint.pprint(d2.keys(), width=20)
pprint.pprint(d2.values(), width=20)
pprint.pprint(d2.items(), width=20)
Point = namedtuple("Point", "x y")
pprint.pprint(Point(1, 2))
pprint.pprint(Point("x" * 50, "y" * 50), width=40)
pprint.pprint([Point(1, [1, 2, 3]), Point(3, 4)], width=20)
print(pprint.isreadable(Point(1, 2)))
print(pprint.isreadable(pprint), pprint.isreadable([1, pprint.PrettyPrinter]), pprint.isreadable(int))
print(pprint.isreadable({"a": [1, (2, 3)]}), pprint.isreadable([1.5, b"x", None]))

print("--- streams and the printer object")
buf = io.StringIO()
pprint.pprint({"b": 1, "a": 2}, stream=buf)
pprint.pprint(list(range(30)), buf, 2, 30)
print(repr(buf.getvalue()))
printer = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
printer.pprint(["x" * 10] * 4)
print(buf.getvalue().splitlines()[-4:])
printer = pprint.PrettyPrinter(width=20)
print(printer.pformat(words))
print(printer.isreadable(words), printer.isrecursive(words))
pprint.pprint(words, sys.stdout, width=40)
pprint.pp(["a", {"z": 1, "y": 2}], stream=sys.stdout, width=12)

print("--- argument errors")
for kwargs in ({"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    pprint.pformat([1], indent="x")
except ValueError as e:
    print("ValueError")
print(pprint.pformat([1, 2], width=-5))
print(pprint.pformat(("ab", "cd"), indent="2", width="5"))
print(sorted(pprint.__all__))
