# fnmatch: translate() gives CPython's regex text; matching means what that regex means
import fnmatch
pats = ["*", "*.py", "?", "a?c", "[abc]", "[!abc]", "[a-c]x", "[!a-c]*", "[]]", "[!]]", "[", "[a", "a[", "[]", "[!]",
        "*a*b*", "*a*a", "a*a*a", "**", "a**b", "[a-]", "[-a]", "[!-a]", "[z-a]", "[a-c-e]", "[^a]", "[[]", "[\\]x", "[a\\-z]",
        "*.[ch]", "x[0-9][0-9]", "[a-zA-Z_]*", "*[!.]", "a.b", "a+b(c)", "a b", "[&~|]", "[a&&b]", "[--0]", "[!--0]", "*/*",
        "[a-c-]", "[c-a-z]", "*?*", "?*?", "[][!]", "[!][]", "a*", "*b", "\\*", "[*]", "[?]"]
names = ["", "a", "b", "c", "x", "abc", "ab", "ac", "axc", "a.py", "b.py", ".py", "test.c", "test.h", "test.o", "x12", "x1",
         "]", "[", "!", "-", "^", "a-", "ax", "bx", "dx", "aab", "aaa", "aba", "abab", "a/b", "a\nb", "a+b(c)", "a b",
         "&", "~", "|", "\\", "\\x", "0", "/", ".", "*", "?", "d", "e", "-x", "zz_1", "A", "x/y/z", "ba", "bb", "aXa", "aa"]
for p in pats:
    print(repr(p), fnmatch.translate(p), "".join("1" if fnmatch.fnmatch(n, p) else "0" for n in names))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "D.PY"], "*.py"))
print(fnmatch.fnmatchcase("ABC", "abc"), fnmatch.fnmatch("abc", "a*"), fnmatch.fnmatchcase("A.PY", "*.PY"))
print(fnmatch.filter([], "*"), fnmatch.filter(iter(["x1", "y2", "x3"]), "x?"))
print(fnmatch.fnmatch("very/long/path/file.txt", "*/*.txt"), fnmatch.fnmatch("file.txt", "*/*.txt"))
print(fnmatch.fnmatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*a*a*a*a*c"))
