# Augmented assignment to a slice: read once, operated on in place,
# assigned back; the object and the bounds are evaluated once.
l = [0, 0, 0]
l[-1:] += [9]
print(l)
l[:2] *= 2
print(l)
s = "abcdef"
t = [1, 2, 3, 4, 5]
t[::2] += ()  if False else []
print(t)
class Rec:
    def __init__(self): self.items = [1, 2, 3]
r = Rec()
r.items[1:] += [4]
print(r.items)
def f():
    print("called")
    return 1
t[f():f() + 1] += [7, 8]
print(t)
