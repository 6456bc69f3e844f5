# f-strings: plain {value}s of every kind written at once (__fcat), and with specs
class P:
    def __str__(self): return "P!"
    def __repr__(self): return "Prepr"
x, f, s, n, b = 42, 2.5, "hé", None, True
print(f"a{x}b{f}c{s}d{n}e{b}f{P()}g{-7}h{1e20}i{0.1}")
print(f"{x}{x}", f"{[1, 2]}{(3,)}{ {'k': 1} }", f"k{x % 50000}")
print(f"{x:>5}|{s!r}|{x=}|{P()!r}")
