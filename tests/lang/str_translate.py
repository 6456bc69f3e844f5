# str.translate with any mapping or sequence
class M:
    def __getitem__(self, c):
        if c == ord("a"): return "A"
        raise LookupError(c)
class D(dict):
    def __getitem__(self, c): return super().__getitem__(c)
print("abc".translate(M()), "abc".translate({98: None, 99: "C"}), "abc".translate(D({97: "x"})), "abc".translate(["0"] * 98))
try:
    "abc".translate(5)
except TypeError as e:
    print("TypeError", e)
