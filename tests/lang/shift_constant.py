# x >> constant: ints (negative ones, shifts of 63 and more), objects with
# __rshift__/__lshift__, floats refused, augmented assignment.
class B:
    def __rshift__(self, k):
        return "rshift"
    def __lshift__(self, k):
        return "lshift"
print(B() >> 3, B() << 2)
x = -1
print(x >> 63, x >> 62, -8 >> 1, 8 >> 3, (-(2**62)) >> 63, 5 >> 70)
try:
    print(float("2") >> 1)
except TypeError as e:
    print("TypeError", e)
z = 1000
z >>= 3
print(z, [v >> 1 for v in range(6)])
