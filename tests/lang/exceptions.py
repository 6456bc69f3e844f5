def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n

for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", e, type(e).__name__, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    1 / 0
except ZeroDivisionError as e:
    print("zde:", e)
try:
    [][1]
except IndexError as e:
    print("ie:", e)
try:
    {}["k"]
except KeyError as e:
    print("ke:", e, repr(e))
try:
    None.foo
except AttributeError as e:
    print("ae:", e)
try:
    "a" + 1
except TypeError as e:
    print("te:", e)
try:
    int("xyz")
except ValueError as e:
    print("ve:", e)

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyError))

def chain():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e

try:
    chain()
except RuntimeError as e:
    print(e, repr(e.__cause__))

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_with_finally())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret_in_finally())

try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("outer caught", e)

try:
    raise
except RuntimeError as e:
    print("bare raise:", e)

def reraiser():
    try:
        raise OSError("disk")
    except OSError:
        raise

try:
    reraiser()
except OSError as e:
    print("reraised", e)

try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)

e = None
try:
    raise StopIteration
except (ValueError, StopIteration) as err:
    print("tuple catch", type(err).__name__)
print(issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError))
