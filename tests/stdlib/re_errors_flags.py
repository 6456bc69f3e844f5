# re: errors as CPython words them (re.error with msg, pattern, pos, line
# and column), flag objects and their reprs, Pattern reprs, lastgroup in a
# scanner, verbose patterns, copy, purge.
import re
import copy

for pat in ["(ab", "ab)", "*a", "[ab", "a{3,2}", "(?P<1>x)", "(?P<n>x", "x\n(y"]:
    try:
        re.compile(pat)
        print("compiled", repr(pat))
    except re.error as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)

for tmpl in [r"\g<3>", r"\g<x", r"\q", "\\"]:
    try:
        re.sub("(a)", tmpl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, "|", e)

print(re.I, re.M | re.S, re.X | re.A, int(re.I | re.M), re.NOFLAG)
print(re.compile("a", re.I | re.S), re.compile("b"), re.compile(b"c", re.M))
print(re.compile(r"(?x) a b # comment").pattern, re.compile(r"(?x) a b # comment").match("ab"))
print(re.compile(r"""
    [#] \d+   # a hash then digits
    (?: \s+ (\w+) )?
""", re.VERBOSE).findall("#12 ab #3"))

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)


def tokens(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        out.append((kind, m.group(), m.start()))
    return out


print(tokens("x = 3.14 * (y + 42) $"))
m = re.match(r"(\w+)(?:-(\w+))?", "ab-cd")
print(m.regs, m.lastindex, m.lastgroup, re.match(r"(?P<a>x)(?P<b>y)?", "x").lastgroup)
p = re.compile(r"\d+")
print(copy.copy(p) is p, copy.deepcopy(p) is p, p.groups, p.groupindex)
re.purge()
print(re.match("a", "a").re.pattern, re.search("(b)", "abc").string)
print(re.findall(rb"(\w)=(\d)", b"a=1 b=2"), re.sub(rb"(\d)", rb"<\1>", b"x1y2"))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
print(re.sub(r"(?i)straße", "X", "STRASSE Straße"), re.findall(r"(?s)a.c", "a\nc abc"))
print(re.split(r"(?=b)", "abab"), re.sub(r"\b", "|", "ab cd"))
print(re.match(r"(?P<x>a)(?P=x)", "aa").group(), re.sub(r"(a)|b", r"[\1]", "ab"))
try:
    re.compile("x", re.LOCALE)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(b"x", re.UNICODE)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(re.compile("x"), re.I)
except ValueError as e:
    print("ValueError", e)
for p in [r'\q', '[z-a]', 'a**', r'(a)\2', 'a{2}*']:
    try:
        re.compile(p)
        print("ok", repr(p))
    except re.error as e:
        print(repr(p), e.msg, e.pos)
m = re.match('(a)(b)', 'ab')
print(m.group(True), m[True])
try:
    re.compile('a').match('a', 1.0)
except TypeError as e:
    print(e)
print(re.compile('a').match('ba', True))
p = re.compile("a(?P<x>b)")
try:
    p.pattern = "b"
except AttributeError:
    print("AttributeError: read-only pattern")
print(re.compile("a(?P<x>b)"), dict(p.groupindex), p.groups, p.flags)
