# finditer scans lazily, in chunks (the empty-match rule kept across them):
# many matches, empty ones, pos/endpos, the first matches of a large text,
# and a TypeError at the call.
import re
for pat, s in [("x*", "abxd" * 40), (r"\b", "ab cd " * 30), ("", "abc" * 50), (r"\w+", "hello world " * 100), ("a|", "ba" * 100)]:
    a = [m.span() for m in re.finditer(pat, s)]
    b = [m.span() for m in re.compile(pat).finditer(s, 3, len(s) - 2)]
    print(pat, len(a), a[:5], a[-3:], len(b), b[:3])
big = "word " * 200000
it = re.finditer(r"\w+", big)
print(next(it).group(), next(it).span())
try:
    re.finditer("a", 1)
except TypeError as e:
    print("TypeError", e)
