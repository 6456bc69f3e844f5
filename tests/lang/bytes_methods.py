# bytes methods: find/rfind/index/count with ranges, replace, strip family,
# startswith/endswith with tuples and ranges, partition, splitlines
b = b"hello world, hello bytes\r\nline2\nend"
print(b.find(b"hello"), b.find(b"hello", 1), b.find(b"o", 5, 8), b.rfind(b"hello"), b.rfind(b"l", 0, 5), b.find(104), b.find(b"zz"))
print(b.index(b"world"), b.rindex(b"e"), b.count(b"l"), b.count(b"l", 5), b.count(b""), b.count(b"hello", 0, 10))
print(b.replace(b"hello", b"bye"), b.replace(b"l", b"L", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x ".lstrip(), b"  x ".rstrip(), b"ab".upper(), b"AB".lower())
print(b.startswith(b"hello"), b.startswith((b"x", b"hel")), b.endswith(b"end"), b.startswith(b"world", 6), b.endswith(b"hello", 0, 5))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b.splitlines(), b.splitlines(True), b"a\n\nb\n".splitlines())
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"".isdigit())
for bad in [lambda: b.index(b"zz"), lambda: b.find("s"), lambda: b.startswith("s")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
