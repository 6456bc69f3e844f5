# Changing a dict's size (or its keys) while iterating it raises
# RuntimeError, also when the loop emptied it; value updates are allowed.
d = {"a": 1, "b": 2}
for k, v in d.items(): d[k] = v + 1
for k in d: d[k] *= 2
print(d)
for k in list(d): del d[k]
print(d)
import collections
c = collections.Counter("abca")
for k in c: c[k] += 1
print(c)
dd = collections.defaultdict(int, a=1)
for k in dd: dd[k] += 1
print(dict(dd))
o = collections.OrderedDict(a=1, b=2)
for k in o: o[k] = 0
print(o)
try:
    for k in d.keys() if False else {"x": 1, "y": 2}.keys(): pass
except RuntimeError as e: print(e)
e = {"x": 1, "y": 2}
try:
    for k in e.keys(): e.pop(k)
except RuntimeError as ex: print(ex)
try:
    for k, v in e.items(): e["z"] = 1
except RuntimeError as ex: print(ex)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.clear()
    print("no error")
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]; d[k + 'x'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
