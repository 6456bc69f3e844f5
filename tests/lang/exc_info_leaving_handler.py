# An exception raised in an except block (a bare raise, a new exception or
# an unmatched one) leaves that block: sys.exc_info() is back to what it was
# even when no Python handler catches it, as when a for loop ends on an
# iterator's StopIteration.
import sys
import itertools


class Items:
    def __init__(self, data):
        self.data = data
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        try:
            v = self.data[self.i]
        except IndexError:
            raise StopIteration
        self.i += 1
        return v


class Reraising(Items):
    def __next__(self):
        try:
            return super().__next__()
        except StopIteration:
            raise


class Unmatched(Items):
    def __next__(self):
        try:
            return super().__next__()
        except KeyError:
            return None


print(list(Items([1, 2])), sys.exc_info())
print(list(Reraising([3])), sys.exc_info())
print(list(Unmatched([4])), sys.exc_info())
print([(k, list(g)) for k, g in itertools.groupby("aab")], sys.exc_info())
print(next(Reraising([]), "default"), sys.exc_info())

# inside an outer handler, the outer exception comes back
try:
    raise ValueError("outer")
except ValueError:
    print(list(Items([5])), sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])

# a new exception raised in a handler keeps the handled one as context
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("converted")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), sys.exc_info()[1])
print(sys.exc_info())


# a later error raised outside any handler gets no stale context
def fails():
    raise OSError("late")


list(Reraising([1]))
try:
    fails()
except OSError as e:
    print(repr(e), e.__context__)
