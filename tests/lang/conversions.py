# str(x), int(x), float(x), bool(x), isinstance(x, C) and type(x) on every
# kind of value (the emitter calls the conversions directly)
class S:
    def __str__(self): return "S!"
class I:
    def __int__(self): return 7
class Ix:
    def __index__(self): return 8
class F:
    def __float__(self): return 2.5
class B0:
    def __bool__(self): return False
class L3:
    def __len__(self): return 3
class MyStr(str): pass
class MyInt(int): pass
for v in [None, True, False, 0, -12, 1.5, 1e16, float("inf"), "x", "", [], [1], (), {}, {1: 2}, S(), MyStr("ab"), MyInt(5)]:
    print(repr(str(v)), bool(v))
for v in ["12", " -3 ", "+7", "1_000", 3.9, -3.9, True, I(), Ix(), MyStr("42"), MyInt(9)]:
    print(int(v))
for v in ["abc", "1.5", "", None, [1], "0x10"]:
    try:
        int(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in ["1e3", " 2.5 ", "-inf", 3, True, F(), Ix()]:
    print(float(v))
for v in ["x", None, [1]]:
    try:
        float(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bool(B0()), bool(L3()), bool(0.0), bool("0"))
print(int("ff", 16), int(" 10 ", 2), str(b"ab", "ascii"), str(), int(), float(), bool())
print(isinstance(True, int), isinstance(MyInt(1), int), isinstance(MyStr(""), str), isinstance(1, str))
print(isinstance(1, (str, int)), isinstance(None, type(None)), isinstance(S, type), isinstance(S(), object))
def shadow():
    str = lambda x: "shadowed"
    int = len
    return str(1), int("abcd")
print(shadow())
conv = [str, int, float, bool]
print([f("1") for f in conv])
