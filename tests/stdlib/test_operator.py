# operator: functional forms of operators, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4), operator.pos(-4), operator.pow(2, 10))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0),
      operator.lshift(1, 4), operator.rshift(256, 2), operator.abs(-3))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.contains("abc", "z"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
l = [1, 2, 3]
operator.setitem(l, 0, 10)
operator.delitem(l, 1)
print(l, operator.getitem(l, 1), operator.getitem("hello", slice(1, 3)))
d = {}
operator.setitem(d, "k", "v")
print(d, operator.length_hint([1, 2]), operator.length_hint((x for x in []), 5))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2), operator.imul("ab", 2), operator.isub(5, 1), operator.ior(1, 2))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError", e)

rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(list(map(itemgetter(0), rows)), repr(itemgetter(1)), repr(itemgetter(1, "a")))

class P:
    def __init__(self, name, age, child=None):
        self.name = name
        self.age = age
        self.child = child
    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)

people = [P("ann", 30), P("bob", 25, P("kid", 2))]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("child.name")(people[1]), repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
try:
    attrgetter("missing")(people[0])
except AttributeError:
    print("AttributeError")
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), repr(methodcaller("greet", "hi", punct="?")))
print(operator.__add__(1, 2), operator.__getitem__([5, 6], 1))
