# More bytes methods (rsplit, translate/maketrans, padding, case, expandtabs,
# removeprefix/suffix), bytes % args, int()/float() of bytes, keyword arguments.
for name, f in [("rsplit", lambda: b"a,b,c".rsplit(b",", 1)), ("removeprefix", lambda: b"abc".removeprefix(b"a")),
                ("removesuffix", lambda: b"abc".removesuffix(b"c")),
                ("translate", lambda: b"abc".translate(bytes.maketrans(b"abc", b"xyz"))),
                ("translate-delete", lambda: b"abc".translate(None, b"b")),
                ("center", lambda: b"ab".center(6, b"*")), ("ljust", lambda: b"ab".ljust(4)),
                ("zfill", lambda: b"42".zfill(5)), ("capitalize", lambda: b"hello".capitalize()),
                ("swapcase", lambda: b"Hello".swapcase()), ("expandtabs", lambda: b"a\tb".expandtabs(4)),
                ("isascii", lambda: b"abc".isascii()), ("isupper", lambda: b"ABC".isupper())]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
print(repr("a\tb".expandtabs(tabsize=2)))
print(b"a\nb".splitlines(keepends=True))
print(int(b"42"), float(b"4.5"))
print(b"%s %d %x" % (b"ab", 5, 255))
print(b"%5s|%-4d|%r|%c%c" % (b"x", 7, b"q", 65, b"B"), b"%s" % b"one", b"%(k)s" % {b"k": b"v"} if False else 1)
print(b"Hello World".title(), b"ab".center(5, b"-"), b"ab".center(6), b"-5".zfill(4), b"ab".rjust(4, b"0"), b"ab".islower(), bytearray(b"ab").zfill(4))
print(int(bytearray(b" 12 ")), b"a b  c".rsplit(), b"a,b,c".rsplit(b",", maxsplit=1))
