# Core values, arithmetic and printing.
print(1, 2.5, "three", None, True, False)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1, 2.0 ** 3)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.125, -0.0, 1.0, 3.14159)
print(True + 1, True * 3, False - 1)
print(10 == 10.0, 1 < 2 < 3, 3 > 2 > 2, 1 != 2)
print(abs(-5), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), divmod(17, 5), divmod(-17, 5))
print(int("42"), int("-0x1f", 16), int("  7  "), int(3.99), int(-3.99), float("1.5"), float("inf"))
print(max(3, 1, 2), min([4, 2, 8]), sum([1, 2, 3]), sum([0.5, 0.25]), max("abc", key=ord))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), hex(-255))
print(str(12), repr("it's"), repr('say "hi"'), repr("both ' and \""), str(None))
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
print(x)
print(1 << 10, 1024 >> 3, -8 >> 1, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(bool(0), bool(""), bool([]), bool([0]), bool(None), bool(0.0), bool("x"))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, float), type(1).__name__, type("s").__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
print(not 1, not 0, 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d")
print(1 if x > 10 else 2, "big" if x > 100 else "small")
