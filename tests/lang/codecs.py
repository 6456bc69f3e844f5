# bytes.decode, str.encode, str(bytes, encoding) and bytes(str, encoding):
# UTF-8, ASCII and Latin-1 with every error handler, and the exceptions
for b in [b"\xff", b"abc\xc3", b"\xc3\xa9t\xc3\xa9", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"a\x80b"]:
    try:
        print(repr(b.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")))
    try:
        print(repr(str(b, "utf-8")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
print(repr(b"\xe9".decode("latin-1")), repr(b"abc".decode("ascii")))
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for b in [b"\xe2\x82A", b"\xe2\x82", b"\xf0\x9f\x98", b"\xf0\x9fA", b"\xe0\x80\x80", b"x\xe2", b"\xe2\x82\xac \xf0\x9f\x98\x80"]:
    try:
        print(repr(b.decode()))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, repr(e.object), e.reason, e.encoding, repr(e))
    for h in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
        print(h, repr(b.decode("utf-8", h)), repr(b.decode(errors=h)), len(b.decode("utf-8", h)))
s = b"a\xffb\xfe".decode("utf-8", "surrogateescape")
print(repr(s), len(s), repr(s.encode("utf-8", "surrogateescape")))
for t in ["aé€😀", "plain", "\udcff"]:
    for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "us-ascii", "iso-8859-1"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(enc, h, repr(t.encode(enc, h)))
            except UnicodeEncodeError as e:
                print(enc, h, "UnicodeEncodeError", e, e.start, e.end)
print(repr("é".encode()), repr("é".encode(encoding="latin-1")), repr(bytes("é", "utf-8")), repr(bytes("x", encoding="ascii")))
print(repr(str(b"\xc3\xa9", "utf-8")), repr(str(b"\xff", "utf-8", "replace")), repr(str(b"\xff", errors="ignore")), repr(str(b"abc", encoding="ascii")))
for thunk in [lambda: bytes("abc"), lambda: "x".encode("rot13x"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus"),
              lambda: str("abc", "utf-8"), lambda: UnicodeDecodeError("x"), lambda: bytes([1], "utf-8")]:
    try:
        print(repr(thunk()))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\xffab", 0, 1, "invalid start byte")
print(e, repr(e), e.args)
e = UnicodeEncodeError("ascii", "a€b", 1, 2, "ordinal not in range(128)")
print(e, e.object, e.start)
print(isinstance(e, ValueError), isinstance(e, UnicodeError))
print(repr("é€".encode("ascii", "bogus") if False else "ok"), repr("abc".encode("ascii", "bogus")))
