# A negative number to a fractional power is complex, as in CPython (the
# exponent computed at run time; a float literal exponent takes Lua's ^).
x = -1
y = 0.5
print(x ** y, pow(-8, 1/3), (-2.0) ** (y * 3), (-2) ** 2, 2 ** y)
