# complex numbers: literals, complex(), arithmetic, abs, repr as CPython.
print(1j, 2+3j, (1+2j)*(3-1j), (1+2j)/(3-1j), abs(3+4j), -(1j), complex(1,0), complex(0,-2), complex(-0.0, 2), 1.5+0j, (1+2j)**2, (1+1j)**0.5, complex('1+2j'), complex(2), (1+2j).conjugate(), (1+2j).real, (1+2j).imag, 1j == 1j, complex(1,0) == 1, hash(complex(1,0)) == hash(1), 1e20j, complex(float('inf'), float('nan')), bool(0j), 2 - 1j, 1j ** 2, str(1+2j), [1j], 0j)
z = complex(3, 4)
print(z * 2, 2 * z, z / 2, 1 / z, z - 1, 1 - z, z ** 0, z ** -1, 2 ** z, z + 0.5, type(z).__name__, isinstance(z, complex))
print(complex(" ( -1.5e3-2J ) "), complex("j"), complex("-j"), complex("3"), complex(1j, 1j), complex(real=1, imag=2), abs(1j), (0.1+0.2j) * 3)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
print({1j: "a"}[1j], sum([1j, 2j, 3]), [c.imag for c in (1j, 2+5j)], f"{1+1j}", repr(-1j), -1j, 1 + -1j)
match 1+2j:
    case 1+2j:
        print("complex pattern")
