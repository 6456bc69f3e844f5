# re: what a helper session found differing from CPython: long inputs past
# PCRE2's JIT stack and match limits, multiline ^ after a final newline,
# str subclasses as subjects, \v, scoped flags, sub with None and negative
# counts, the Match repr cut at 50 characters, Pattern flag order.
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
