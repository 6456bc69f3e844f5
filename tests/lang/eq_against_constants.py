# A class's __eq__ and __ne__ are called against ints, floats, strs and
# None too, on either side; a str compared with such an object lets the
# object decide (str.__eq__ gives NotImplemented).
class Any:
    def __eq__(self, o): return True
    def __ne__(self, o): return False

class Str:
    def __init__(self, s): self.s = s
    def __eq__(self, o): return self.s == o
    __hash__ = None

class Late:
    pass

a = Any()
print(a == 5, a == "x", a == None, a != 5, 5 == a, "x" == a, a == 1.5, None == a)
print(Str("k") == "k", "k" == Str("k"), Str("k") == "j", [Str("k")] == ["k"], "k" in [Str("k")])
Late.__eq__ = lambda self, o: o == 7
print(Late() == 7, 7 == Late(), Late() == 8)
x = 5
print(x == None, None == x, x != None, "s" == None, True == 1, 1.0 == 1, "a" == "a")
