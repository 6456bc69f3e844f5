# __class__ inside methods (the class the method was defined in, also in
# comprehensions and next to super()), types.MethodType binding a function
# to an object, and a builtin method called without its arguments.
import types


class A:
    def who(self):
        return __class__.__name__

    def names(self):
        return [__class__.__name__ for _ in range(2)]


class B(A):
    def who(self):
        return "B/" + super().who() + "/" + __class__.__name__


print(B().who(), B().names(), A().who())


class Counter:
    def __init__(self, v):
        self.v = v


c = Counter(3)
m = types.MethodType(lambda self, k: self.v * k, c)
print(m(10), m.__self__ is c, isinstance(m, types.MethodType))
for bad in ((1, c), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    list.append()
except TypeError:
    print("TypeError")
