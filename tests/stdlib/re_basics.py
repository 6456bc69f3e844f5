# re: matching, groups, spans (code points in non-ASCII text), findall,
# finditer, sub with templates and functions, split, flags, bytes patterns
# and the empty-match rules, compared with CPython.
import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(2))
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home bob@work"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.sub("x*", "-", "abxd"))
print(re.findall(r"\b|:+", "a::bc"))
print(re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-05-01").groupdict())
print(re.compile(r"ab", re.I | re.M))
print(re.I, re.I | re.M, repr(re.compile("a").flags))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
tok = re.compile(r"(?P<NUM>\d+)|(?P<ID>[a-z]+)|(?P<OP>[+*])|(?P<WS>\s+)")
for m in tok.finditer("x + 42*y"):
    print(m.lastgroup, repr(m.group()), m.lastindex)
print(re.sub(r"\s+", " ", "héllo   wörld  ü"), re.search("ö", "héllo wörld").span())
print(re.escape("a.b*c"), re.subn("a", "b", "aaa", count=2))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)()", "a").lastindex, re.match(r"(a())", "a").lastindex)
print(re.findall(rb"\d", b"a1b2"), re.sub(rb"a", b"x", b"banana"))
print(re.sub(r"(\d)", lambda m: str(int(m.group(1)) * 2), "a1b2c3"))
print(re.match(r"a{,2}", "aaaa"), re.search(r"a\Z", "ba\n"), re.search(r"a$", "ba\n"))
print(re.compile(r"""
   (\d+)   # number
   \s* ([a-z]+)  # word (with parens)
""", re.X).findall("12 ab 3cd"))
try:
    re.compile("(ab")
except re.error as e:
    print("error:", e, e.pos)
try:
    re.compile("ab)")
except re.error as e:
    print("error:", e)
try:
    re.compile("*a")
except re.error as e:
    print("error:", e)
print(re.match("(?i)HeLLo", "hello"), re.compile("(?i)a").flags)
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.sub("a", r"\n", "bab") == "b\nb")
m = re.search(r"(\d+)?x", "x")
print(m.groups(), m.groups("-"), m.group(1), m.start(1), m.span(1))
