print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(5, -2, 13))
print(pow(3, 4, 5), pow(3, 0, 1), pow(3, 0, -5), pow(3, 2, -5), pow(-3, 3, 7), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(123456789, 987654321, 10**18 + 9), pow(2**62 + 1, 3, 9223372036854775783), pow(10**12, -1, 10**15 + 37))
print(pow(True, 2, 3), pow(3, True, 5), pow(7, -1, 1))
for args in [(2, -1, 4), (0, -1, 5), (6, -2, 9)]:
    try:
        pow(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
