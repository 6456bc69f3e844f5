# hash() of ints and floats is CPython's (modulo 2**61 - 1): equal ints and
# floats hash alike, large floats and big ints included.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62 + 5, -(2**61), -(2**61) + 1, -(2**62) - 7, 9223372036854775807, -9223372036854775807 - 1,
        0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, 1e20, -1e19, 1e300, 1e-300, 5e-324, 2.0**61, 2.0**63, 1.5e308, 3.14159,
        float("inf"), float("-inf"), True, False]
print([hash(v) for v in vals])
print(hash(1e18) == hash(10**18), hash(2**61) == hash(2.0**61))
print(id(1e19) != 0)
