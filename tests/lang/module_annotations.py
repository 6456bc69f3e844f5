# A module with annotated names has __annotations__, filled as the
# annotations run (a bare `name: T` annotates without binding).
import sys
order = []
def note(v):
    order.append(v)
    return v
x: note(int) = 1
y: "str"
z: list[int] = [note(2)]
print(__annotations__, order)
print(sys.modules[__name__].__annotations__ is __annotations__)
try:
    y
except NameError as e:
    print(e)
def f():
    v: int = 3
    return v
print(f(), f.__annotations__, __annotations__.get("v"))
