# An int subclass's instance (an IntEnum member) is accepted wherever an int
# is: sequence repetition, round, split, math.gcd/comb/factorial, bytes(),
# enumerate, indexing.
import enum, math
class N(enum.IntEnum):
    ONE = 1
    TWO = 2
l = [10, 20, 30]
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: l[N.ONE]); t(lambda: list(range(N.TWO))); t(lambda: N.TWO + 1); t(lambda: N.TWO > 1); t(lambda: [0] * N.TWO)
t(lambda: "ab" * N.TWO); t(lambda: round(2.567, N.TWO)); t(lambda: "a b c".split(" ", N.ONE)); t(lambda: math.gcd(N.TWO, 4))
t(lambda: bytes(N.TWO)); t(lambda: math.comb(4, N.TWO)); t(lambda: list(enumerate("ab", N.ONE))); t(lambda: l[N.ONE:]); t(lambda: {N.ONE: "x"}[1])
t(lambda: "%d %s %r" % (N.ONE, N.ONE, N.ONE)); t(lambda: f"{N.TWO} {N.TWO:03d}"); t(lambda: str(N.TWO)); t(lambda: int(N.TWO)); t(lambda: hex(N.TWO)); t(lambda: l.pop(N.ONE))
t(lambda: "abc"[N.ONE]); t(lambda: (1,2,3)[N.TWO]); t(lambda: sum([N.ONE, N.TWO])); t(lambda: max(N.ONE, N.TWO)); t(lambda: sorted([N.TWO, N.ONE]))
t(lambda: chr(65 + N.ONE)); t(lambda: "x".ljust(N.TWO) + "|"); t(lambda: l.insert(N.ONE, 5) or l); t(lambda: math.factorial(N.TWO)); t(lambda: divmod(N.TWO, 2)); t(lambda: N.TWO ** 2); t(lambda: 7 // N.TWO); t(lambda: 7 % N.TWO)
