# IntFlag values that combine members and unnamed bits, and == between an
# operator's result (an IntFlag member, a box) and an int.
from enum import IntFlag
class P(IntFlag):
    R = 4
    W = 2
print(repr(P.R|8), repr(P(8)), str(P.R|8), P.R|8 == 12, repr(P.R|P.W))
from enum import IntFlag
class P(IntFlag):
    R = 4
    W = 2
y = P.R | P.W
print(y == 6, int(y), y.value, type(y.value), y is P(6))
z = P(6)
print(z == 6)
print((P.R|P.W) == 6)
w = (P.R|P.W)
print(w == 6)
