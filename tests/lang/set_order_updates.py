# Int sets print in CPython's order after a copy then adds, and after an
# update or |= with another set (CPython's set_merge).
a = {75, 43}
c = set(a)
c.add(214)
print(c)
s = {1, 2, 3}
s |= {100, 50}
print(s)
print({100, 50})
s = {1, 2, 3}
s |= {100, 50}
print(s)
s = {1, 2, 3}
s.update({100, 50})
print(s)
t = {1,2,3}
for x in (100, 50): t.add(x)
print(t)
