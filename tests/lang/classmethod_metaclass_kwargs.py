# Keyword arguments reach classmethods (called on the class, an instance,
# or through super()), a metaclass __call__ that adds keywords passes them
# on through type.__call__, and keyword calls of a class with a metaclass
# __call__ go through it (a singleton metaclass).
class A:
    @classmethod
    def cm(cls, a, b=None):
        return (cls.__name__, a, b)

    @classmethod
    def make(cls, **kw):
        return (cls.__name__, sorted(kw.items()))


class B(A):
    @classmethod
    def cm(cls, a, b=None):
        return ("B",) + super().cm(a, b=b)


print(A.cm(1, b=2), A.cm(a=1, b=2), A().cm(1, b=3), B.cm(4, b=5), B().cm(a=6))
print(A.cm(*[1], **{"b": 2}), A.make(x=1), B().make(y=2))
from datetime import datetime, timezone
print(datetime.now(tz=timezone.utc).tzinfo, datetime.fromtimestamp(0, tz=timezone.utc))

class Meta(type):
    def __call__(cls, *a, **kw):
        kw.setdefault("tag", "meta")
        return super().__call__(*a, **kw)


class Item(metaclass=Meta):
    def __init__(self, name, tag=None):
        print("init", name, tag)


Item("a")
Item("b", tag="given")


class Single(type):
    _inst = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args, **kwargs)
        return cls._inst[cls]


class Conf(metaclass=Single):
    def __init__(self, path="x", debug=False):
        self.path, self.debug = path, debug


c1 = Conf(path="p", debug=True)
c2 = Conf()
print(c1 is c2, c1.path, c1.debug)
