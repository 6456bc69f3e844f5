# Flag members combining auto() members in the class body (RW = READ | WRITE),
# and iteration/len over the single-bit members only, as CPython 3.11.
from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = RW | EXEC
print(repr(Perm.RW), repr(Perm.ALL), list(Perm), len(Perm), Perm.READ in Perm.RW, Perm(3) is Perm.RW)
print(list(Perm.__members__), repr(Perm.READ | Perm.EXEC), repr(Perm(0)))
class P2(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0
print(list(P2), len(P2), repr(P2.RWX), repr(P2.NONE), repr(P2(6)), bool(P2.NONE))
class I(IntFlag):
    A = 1
    B = 2
    AB = A | B
print(list(I), I.AB == 3, repr(I.A | I.B), I.AB + 1)
