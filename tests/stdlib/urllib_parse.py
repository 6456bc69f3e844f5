# urllib.parse: the three import forms; urlparse/urlsplit (schemes, netloc,
# params, query, fragment, allow_fragments, default scheme, C0 stripping,
# IPv6 and its errors, bytes input), the result objects (repr, username,
# password, hostname, port and its errors, geturl, _replace, encode/decode),
# urlunparse/urlunsplit, urljoin (RFC 3986 normal and abnormal examples),
# urldefrag, quote/quote_plus/unquote/unquote_plus (safe, encoding, errors,
# bytes, non-ASCII), quote_from_bytes/unquote_to_bytes, urlencode (doseq,
# safe, quote_via, pairs, dicts, bytes) and parse_qs/parse_qsl (options and
# errors), with CPython's error messages.
import urllib.parse
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes
from urllib.parse import urlencode, parse_qs, parse_qsl
from urllib import parse


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


# the import forms give one module
print(parse is urllib.parse, parse.__name__, urlparse is parse.urlparse)
print(parse.ParseResult.__module__, parse.SplitResult.__name__)

# urlparse: every component
URLS = [
    "http://www.python.org/doc/#frag",
    "http://user:pw@Example.COM:8080/a/b;p1=2?q=1&r=2#top",
    "https://example.com",
    "https://example.com/",
    "HTTP://EXAMPLE.com/Path",
    "ftp://ftp.debian.org/debian/README",
    "file:///tmp/junk.txt",
    "file:/tmp/x",
    "mailto:someone@example.com?subject=hi",
    "news:comp.lang.python",
    "tel:+1-816-555-1212",
    "sip:alice@atlanta.com;transport=tcp",
    "svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/",
    "git+ssh://git@github.com/user/project.git",
    "//www.python.org:80/path",
    "/just/a/path?x#y",
    "relative/path;params?query#frag",
    "path;a;b/c;d",
    "a/b;c/d;e",
    "",
    "?q",
    "#only",
    ";p",
    "http:",
    "http:/",
    "http://",
    "http:///path",
    "http://[::1]:5432/db",
    "http://[fe80::822a:a8ff:fe49:470c%tESt]:1234/keys",
    "http://[dead:beef::1]/",
    "http://[::ffff:12.34.56.78]/",
    "http://[v1.fe80::a+en1]/",
    "http://a/b/c?d#e?f",
    "http://a/b/c#d?e",
    "http://h/p?#",
    "schemeless:8080",
    "path:80",
    "1http://x",
    "a1+-.b://host",
    "ex ample://host",
    "http://x.com/with space",
    "  \x00\x1f http://lead.example/ ",
    "ht\ttp://ex\nample.com/p\rath",
    "http://user@host",
    "http://:pw@host",
    "http://user:@host:",
    "http://u:p@h:p2@real.host:99/",
    "http://host:0/",
    "http://host:65535/",
    "http://exämple.com/ünicode",
    "data:text/plain;base64,SGVsbG8=",
    "javascript:alert(1)",
    "urn:isbn:0451450523",
    "HTTPS://Ex.Com:443?",
    "s3://bucket/key;x",
]
for u in URLS:
    r = urlparse(u)
    print(repr(u), r)
    print("   ", r.username, r.password, r.hostname, attempt(lambda: r.port), repr(r.geturl()))

for u in ["http://www.python.org/doc/#frag", "http://a/b;p?q#f", "//net/p", "x;y?z#w"]:
    s = urlsplit(u)
    print(s, s.geturl(), s.hostname, tuple(s))

# a default scheme, and allow_fragments
print(urlparse("www.example.com/p", scheme="https"))
print(urlparse("//www.example.com/p", "https"))
print(urlparse("ftp://x/p", scheme="https"))
print(urlparse("http://a/b#c", allow_fragments=False), urlsplit("http://a/b?x#c", allow_fragments=False))
print(urlsplit("http://a/b#c?d", "", 0))

# the ports
for u in ["http://h:80", "http://h:08080", "http://h:65536", "http://h:-1", "http://h:abc", "http://h:8 0",
          "http://h:\u0661\u0662", "http://h:99999999999999999999999", "http://h:0000000000000000000000081",
          "http://[::1]:x", "http://[::1]", "http://h:"]:
    r = urlsplit(u)
    print(u, attempt(lambda: r.port), r.hostname)

# netloc and IPv6 errors
for u in ["http://[::1/", "http://::1]/", "http://[192.168.0.1]/", "http://[v1.x]/", "http://[vz.x]/",
          "http://[::1%]/", "http://[zz::1]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[1::2::3]/",
          "http://[:1:2]/", "http://[12345::]/", "http://[1:2:3:4:5:6:7:8]/", "http://[::1.2.3.04]/",
          "http://[::]/", "http://[]/", "http://[a]b/", "http://\u2100.com/", "http://ex\uff0fample.com/",
          "http://ex\u00e9mple.com/", "http://u\uff20h/"]:
    print(repr(u), attempt(urlsplit, u))

# bytes in, bytes out
rb = urlparse(b"http://User:Pw@Host.Example:81/p;q?r#s")
print(rb, rb.hostname, rb.port, rb.username, rb.password, rb.geturl())
print(rb.decode(), urlparse("http://h/p").encode(), urlsplit(b"//h/x").decode("utf-8"))
print(urlsplit(b"HTTPS://[::1%25eth0]:8/"), urlsplit(b"HTTPS://[::1%25ETH0]:8/").hostname)
print(urlunparse((b"http", b"h", b"/p", b"", b"q", b"")), urlunsplit((b"", b"", b"p", b"", b"")))
print(attempt(urlparse, b"http://h", "http"), attempt(urljoin, "http://a/", b"b"))
print(attempt(urlparse, b"http://h\xff/"))
print(urlparse(b""), urlsplit(b"", ""))

# the result objects
r = urlparse("http://a.com/p?q#f")
print(r._replace(scheme="https", netloc="b.org"), r._replace(fragment="").geturl())
print(r._fields, r[0], r[-1], len(r), r == ("http", "a.com", "/p", "", "q", "f"), isinstance(r, tuple))
print(r._asdict())
print(attempt(r._replace, bogus=1))
print(parse.ParseResult("a", "b", "c", "d", "e", "f").geturl(), parse.SplitResult(*"abcde").geturl())
print(parse.ParseResult._make(["http", "h", "/", "", "", ""]))
d = urldefrag("http://h/p?q#frag")
print(d, d.url, d.fragment, d.geturl(), urldefrag("http://h/p"), urldefrag("http://h/p#"), d.encode())
print(urldefrag(b"x#y"), urldefrag(b"x#y").geturl(), urldefrag("a;b?c#d"))

# urlunparse / urlunsplit
for parts in [("http", "h", "/p", "", "", ""), ("http", "h", "p", "x", "y", "z"), ("", "", "p", "", "", ""),
              ("http", "", "p", "", "", ""), ("http", "", "//p", "", "", ""), ("mailto", "", "a@b", "", "", ""),
              ("", "h", "", "", "q", ""), ("file", "", "/tmp", "", "", ""), ("urn", "", "x:y", "", "", "")]:
    print(parts, repr(urlunparse(parts)), repr(urlunsplit(parts[:2] + parts[2:3] + parts[4:])))
for u in URLS:
    if urlunparse(urlparse(u)) != u:
        print("round trip changes", repr(u), "->", repr(urlunparse(urlparse(u))))
print(attempt(urlunparse, ("a", "b")))

# urljoin: RFC 3986 section 5.4 examples and more
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s",
            "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "http:", "http:?z", "https:g",
            "//g/h/../i", "a//b/../c", "a/./b/../../c", "../../../..", "./", "g//", "/a//b"]:
    print(repr(rel), urljoin(base, rel))
for b, rel in [("http://a/b/", "c"), ("http://a/b", "c"), ("http://a", "b"), ("http://a", "../b"),
               ("http://a/b/c", "//x"), ("", "x"), ("http://a/", ""), ("mailto:a@b", "c"),
               ("svn+ssh://a/b/c", "../d"), ("http://a/b/c#f", "#g"), ("http://a/b/c?x", "?"),
               ("http://a/b/c", "ftp://x/y"), ("foo:a/b", "c"), ("http://a/b/c/", "../../../"),
               ("http://a/b/c", "g", ), ("file:///a/b", "../c"), ("http://a/b/c?x#y", ""),
               ("http://a/;p", ";q"), ("http://a/b/c/d", "./.."), ("/a/b", "c"), ("a/b", "../../c")]:
    print(repr(b), repr(rel), repr(urljoin(b, rel)))
print(urljoin("http://a/b/c", "d", allow_fragments=False), urljoin("http://a/b/c#x", "d#y", False))
print(urljoin(b"http://a/b/c", b"../d"), urljoin(b"", b"x"))

# quote and friends
for s in ["abc", "a b", "a/b c", "a+b=c&d", "~user_name-1.0", "é", "日本語", "\U0001f600", "100%", "",
          "/path/to file?x=1#f", "\x00\x7f", "!*'();:@&=+$,/?#[]", "a\tb\nc"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/+"), quote(s, "/:é"))
print(quote("a b", safe=" "), quote("é", encoding="latin-1"), quote("é€", "", "latin-1", "replace"),
      quote("é€", encoding="ascii", errors="ignore"), quote("é", errors="xmlcharrefreplace", encoding="ascii"))
print(attempt(quote, "é", encoding="ascii"), attempt(quote, "x", encoding="no-such-codec"))
print(quote(b"a b\xff/"), quote(b"a b\xff/", safe=b""), quote(bytearray(b"a b")), quote_plus(b"a b+c"),
      quote_plus(b"a b", safe=b"/"), quote_plus("a b", safe=b"") if False else "")
print(attempt(quote, b"x", encoding="utf-8"), attempt(quote, b"x", errors="strict"), attempt(quote, 5),
      attempt(quote, None))
print(quote_from_bytes(b"abc def\x3f"), quote_from_bytes(b"/a b", b"/"), quote_from_bytes(b"\x80\xff", "\xff"),
      repr(quote_from_bytes(b"")), quote_from_bytes(bytearray(b"~a")), quote_from_bytes(b"a/b", ""))
print(attempt(quote_from_bytes, "str"), attempt(quote_from_bytes, None))

for s in ["abc%20def", "%7e/abc+def", "%", "%2", "%zz", "%2x%41", "caf%C3%A9", "%E6%97%A5%E6%9C%AC", "%FF%FE",
          "%e9", "a%C3", "%C3%A9é%C3", "no escapes", "", "%%41", "%41%", "+%2B+", "%u0041", "é%41é"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), repr(unquote(s, "latin-1")),
          repr(unquote(s, errors="ignore")), repr(unquote_to_bytes(s)))
print(repr(unquote(b"a%20b%C3%A9")), repr(unquote(b"%FF", errors="replace")), attempt(unquote, "%FF", "ascii", "strict"))
print(repr(unquote("%41", encoding=None, errors=None)), repr(unquote_to_bytes(b"%41%4a%4A%")), repr(unquote_to_bytes("é%41")))
print(attempt(unquote, None), attempt(unquote, 5), attempt(unquote_to_bytes, None), attempt(unquote_plus, None))
print(repr(unquote_to_bytes("")), repr(unquote_to_bytes(b"")), attempt(unquote_to_bytes, 0))
for s in ["a b/é~", "\u2603 snow?", "100% sure & more"]:
    print(unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s)

# urlencode
print(urlencode({"a": 1, "b": "two words", "c": "é&="}))
print(urlencode([("x", "1"), ("x", "2"), ("y", None), ("z", True)]))
print(urlencode((("k", "v"),)), urlencode([]), urlencode({}), urlencode(()))
print(urlencode({"list": [1, 2, "three"]}), urlencode({"list": [1, 2, "three"]}, doseq=True))
print(urlencode({"t": (1, 2), "s": "str", "b": b"by tes", "n": 5, "e": [], "set": ["x"]}, True))
print(urlencode({"d": {"k1": 1, "k2": 2}}, doseq=True), urlencode({b"k y": b"v\xffal"}), urlencode([(b"k", "v")], True))
print(urlencode({"a": "/x y+z"}, safe="/"), urlencode({"a": "/x y+z"}, quote_via=quote),
      urlencode({"a": "/x y"}, safe="/", quote_via=quote))
print(urlencode({"a": "é"}, encoding="latin-1"), urlencode({"a": "é€"}, encoding="latin-1", errors="replace"))
print(urlencode({"a": ["é", b"\xe9"]}, True, encoding="latin-1"))
print(urlencode({"q": "x"}, quote_via=lambda s, safe="", enc=None, err=None: "<%s>" % s))
for bad in ["abc", 5, [1, 2], None, [["a", "b"]]]:
    print(repr(bad), attempt(urlencode, bad))
print(attempt(urlencode, [("a", "b", "c")]), attempt(urlencode, [("a",)]))
try:
    urlencode("xyz")
except TypeError as e:
    print(type(e.__cause__).__name__, e)

# parse_qs / parse_qsl
for q in ["a=1&b=2&a=3", "a=1&&b=", "a", "a=", "=v", "a=1=2", "a+b=c+d&e%20f=g%2Bh", "x=%E6%97%A5&y=%FF",
          "", "&", "&&a=1&&", "k=v;x=y", "a=%", "%61=%62", "a=1&a=&a=2", "  a = b ", "a=b#c", "==",
          "a&b&c"]:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q), parse_qs(q, True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs("a=1;;b=2", separator=";"), parse_qsl("a=1<>b=2", separator="<>"))
print(parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%E9", errors="ignore"), parse_qsl("a=%E9"))
print(parse_qsl(b"a=1&b=%20+x&c"), parse_qs(b"a=1&a=2&b", keep_blank_values=True), parse_qsl(b"a=1;b", separator=b";"))
print(parse_qsl("a=1&b=2", max_num_fields=2), parse_qsl("", max_num_fields=0), parse_qsl("a", max_num_fields=1))
for args, kw in [(("a=1&b=2",), {"max_num_fields": 1}), (("a=1&&b",), {"strict_parsing": True}),
                 (("a=1&b",), {"strict_parsing": True}), (("&",), {"strict_parsing": True}),
                 (("a=1",), {"separator": ""}), (("a=1",), {"separator": None}), (("a=1",), {"separator": 5}),
                 (("a=1",), {"separator": b"&"}), ((b"a=1",), {"separator": "&"}), ((5,), {}),
                 (("a=1&b=&c",), {"strict_parsing": True, "keep_blank_values": True}),
                 (("a=1;b=2",), {"max_num_fields": 1, "separator": ";"})]:
    print(args, kw, attempt(parse_qsl, *args, **kw), attempt(parse_qs, *args, **kw))
print(parse_qsl("a=1&b=", strict_parsing=True), parse_qsl("a=1&b=", True, True))

# round trip through urlencode and parse_qs
data = {"name": "Jöhn Doe", "tags": ["a&b", "c d", "é"], "empty": ""}
enc = urlencode(data, doseq=True)
print(enc, parse_qs(enc, keep_blank_values=True))

# the module's lists and helpers
print("https" in parse.uses_netloc, "mailto" in parse.uses_relative, parse.scheme_chars[-4:], sorted(parse.__all__))
print(parse.unwrap("<URL:http://a/b>"), parse.unwrap(" <http://x> "), parse.unwrap("URL: y"))
