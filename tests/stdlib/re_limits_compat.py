# re: what a helper session found differing from CPython: long inputs past
# PCRE2's JIT stack and match limits, multiline ^ after a final newline,
# str subclasses as subjects, \v, scoped flags, sub with None and negative
# counts, the Match repr cut at 50 characters, Pattern flag order, \s as
# str.isspace() has it.
import enum
import re
print(re.search(r'"(?:[^"\\]|\\.)*"', '"' + 'x'*5000 + '"').span())
print(re.match(r'(\w+\s?)+$', 'ab '*20 + '!'))
print(len(re.findall(r'(a|b)*c', 'ab'*3000 + 'c')))
print(re.findall(r'(?m)^.*$', 'a\nb\n'), re.sub(r'(?m)^', '> ', 'a\nb\n'))
class S(str): pass
class E(enum.StrEnum):
    A = "k-1"
print(re.match(r'\w+', S('abc')), re.split('-', E.A), re.findall(r"\w", S("xy")))
print(re.findall(r'\v', 'a\nb\x0bc'), re.findall(r'[\v]', 'a\nb\x0bc'))
print(re.findall(r'(?u:\w)+', 'aé'), re.findall(r'(?i:A)b', 'ab aB'))
print(re.sub('a', lambda m: None, 'xax'), re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', count=-1))
print(re.match("x*", "x" * 80))
print(re.compile('a', re.I | re.A), re.compile('a', re.M | re.I | re.S))
try:
    re.sub(b'a', lambda m: 'x', b'xax')
except TypeError as e:
    print("TypeError", e)
chars = "".join(chr(c) for c in range(0x3100) if c < 0xd800)
print(len(re.findall(r"\s", chars)), len(re.findall(r"[\s]", chars)), len(re.findall(r"\S", chars)), len(re.findall(r"[a\s]", chars)))
print(len(re.findall(r"\s", chars, re.A)), re.split(r"\s+", "a\x1cb\u180ec d"))
print([c for c in chars if c.isspace()] == re.findall(r"\s", chars))
