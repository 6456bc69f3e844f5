# functools: wraps/update_wrapper (function attributes, docstrings) and cached_property (descriptors)
from functools import wraps, update_wrapper, cached_property, lru_cache


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs) + 1
    return wrapper

@logged
def compute(x):
    """Compute something."""
    return x * 2

print(compute(5), compute.__name__, compute.__doc__, compute.__wrapped__(5))
print(compute.__qualname__, compute.__module__)

def plain():
    pass
def other():
    "other doc"
update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)


@lru_cache(maxsize=4)
def documented(x):
    """Documented and cached."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(3), documented(2))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed)
c.r = 10
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(Circle.area.__doc__, type(Circle.area).__name__)
