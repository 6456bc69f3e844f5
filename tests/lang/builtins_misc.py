import sys
print("a", "b", sep="-", end="!\n")
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("1_000"), float("  2.5e3 "), int(True))
print(min([], default="empty"), max([3, 7, 5], key=lambda v: -v), min(4, 2, key=abs))
print(divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(2.0, -1), round(-0.5), round(1.5), round(2.345, 2))
print(isinstance(3, (str, int)), type(3) is int, type("x") == str, callable(len), callable(3))
class Box:
    pass
b = Box()
setattr(b, "size", 4)
print(getattr(b, "size"), getattr(b, "missing", "dflt"), hasattr(b, "size"), hasattr(b, "nope"))
delattr(b, "size")
print(hasattr(b, "size"), sorted(vars(Box()).items()))
it = iter([5, 6, 7])
print(next(it), list(it), next(it, None))
print(list(iter(iter([1, 2, 3]).__next__, 3)))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(b) == id(b))
nums = [5, 3, 8, 1]
print(nums[::-1], nums[1::2], nums[-2:], nums[:-1], nums[::3])
del nums[::2]
print(nums)
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner() + inner()
print(outer(), x)
if (n := len("hello")) > 3:
    print("walrus", n)
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print(all(c.isdigit() for c in "123"), any(c.isupper() for c in "abc"))
print(sum([[1], [2]], []), sorted("hello"), reversed(range(3)).__class__.__name__ in ("iterator", "range_iterator"))
print(repr(1.0), repr(-1e-10), repr(2 ** 62), 7 // -2, -7 % 3, 5.5 // 2, -5.5 % 2)
print(chr(0x1F600) == "\U0001F600", ord("€"), "€".encode() == b"\xe2\x82\xac")
print(abs(-0.0), -0.0 == 0.0, float("nan") != float("nan"), 1e308 * 10)
print(bin(-5), oct(-8), hex(0), format(255, "08b"), format(3.14159, ".2e"), format("x", "^5"))
print(sys.argv[0].endswith("builtins_misc.py"), __name__)
t = (1, [2])
t[1].append(3)
print(t, len(t), t.count(1))
s = "The quick brown fox"
print(s.split(maxsplit=1), s.rsplit(None, 1), s.upper().lower() == s.lower())
print("%s|%5.1f|%-4d|%03d|%x|%%" % ("a", 2.345, 7, 5, 255))
print("{:,}".format(1234567), "{:.3}".format(3.14159), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print(str(b"hi"), list(b"ab"), bytes([104, 105]), b"abc"[1], b"a" + b"b")
