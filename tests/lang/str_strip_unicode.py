s = "\u00a0hi\u3000"
print(s.strip() == "hi", repr(s.lstrip()), repr(s.rstrip()))
print(repr(" \t\n x y \r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028 ".strip()))
print(repr("éaé".strip("é")), repr("éaè".strip("è")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("[a]".strip("[]")), repr("^-a-^".strip("^-")), repr("%a%".strip("%")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("abc".strip(None)))
print("a\u3000b c".split(), "a\u3000b c\u00a0d".split(None, 1), "a\u3000b c\u00a0d".rsplit(None, 1))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
print(repr(S("  q ").strip()), type(S(" q ").strip()).__name__)
print("a,b,,c".rsplit(",", 1), "a,b,,c".rsplit(",", 2), "a,b".rsplit(",", 0), "abc".rsplit("b", 5))
print("  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=0), "".rsplit(None, 1), "ééxééyéé".rsplit("é", 2))
print("a b c".rsplit(" ", -1), "a::b::c".rsplit("::", 1), "   ".rsplit(None, 2))
try:
    "a".rsplit("", 1)
except ValueError as e:
    print("ValueError", e)
