# re: positions in non-ASCII text, pos/endpos, a tokenizer loop, unicode
# classes and case folding, templates and their errors, type errors,
# Pattern equality, escapes of code points, bytes patterns.
import re
s = "日本語 text ünïcode 123 ٣"
print(re.findall(r"\w+", s), re.findall(r"\d", s), re.findall(r"\d", s, re.A))
m = re.search(r"ünï(\w+)", s)
print(m.span(), m.span(1), m.start(), m.end(1), m.group(1))
p = re.compile(r"\w+")
pos = 0
out = []
while True:
    m = p.search(s, pos)
    if not m:
        break
    out.append((m.group(), m.start(), m.end()))
    pos = m.end()
print(out)
print(p.match(s, 4), p.match(s, 4, 6), p.search(s, 10, 5), p.fullmatch("abc", 1), p.fullmatch("abc", 0, 2))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group())
print(re.findall(r"(?<=-)\w+", "a-b c-de"), re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.findall(r"STRASSE", "straße STRASSE strasse", re.I), re.findall(r"É", "é É", re.I))
print(re.findall("", "abc"), re.split("", "abc"), re.split(r"x*", "axbc"), re.sub("", "-", "abc"))
print(re.split(r"(a)|b", "xaybz"), re.split(",", ",a,,b,"), re.split(",", "a,b,c", 1), re.split(",", "a,b", maxsplit=-1))
print(re.sub("a", "b", "aaa", count=1), re.sub("A", "b", "aAa", flags=re.I), re.subn(r"(\w)", r"[\1]", "ab"))
m = re.match(r"(a)(?P<x>b)?", "a")
print(m[0], m[1], m["x"], m.groupdict(), m.groupdict(0), m.regs, m.re.groupindex, m.re.groups, m.pos, m.endpos, m.string)
print(m.expand(r"<\1|\g<x>|\g<0>>"))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("a", r"\2", "a")
except re.error as e:
    print("error", e)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print("error", e)
for bad in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(re.compile("a") == re.compile("a"), hash(re.compile("ab")) == hash(re.compile("ab")), re.compile("a", re.I) == re.compile("a"))
print(re.match(r"\u00e9\U0001F600", "é😀"), re.findall(r"[\u00e0-\u00ff]", "aàbÿ"))
print(re.findall(rb"[a-z]+", b"ab 12 cd"), re.match(rb"(\d+)", b"42x").group(1), re.split(rb"\s", b"a b"))
print(re.escape("日本 x-y"), re.escape(b"a.b"), re.sub(r"\.", "!", "a.b.c"))
print(type(re.compile("a")), type(re.match("a", "a")), isinstance(re.compile("x"), re.Pattern))
print(re.sub(r"(?m)^", "> ", "a\nb"))
print(re.match(r"(\d+)-(\d+)", "10-20").group(2, 1), re.findall(r"(a)(b)?", "ab a"))
print(bool(re.match("a", "a")), re.search("z", "abc"))
print(re.sub(r"(?P<n>\d)", r"\g<n>\g<1>", "a1"), re.sub("b", r"\\", "abc"), re.sub("b", "\\n", "abc") == "a\nc")
print(re.compile("a|b").pattern, re.compile(b"x").pattern, re.compile("a", re.X | re.S).flags)
print(re.findall(r"\s", "a\u00a0b\tc"), re.findall(r"\s", "a\u00a0b\tc", re.ASCII))
print([m.span() for m in re.finditer(r"\b", "ab cd")])
