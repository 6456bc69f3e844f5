# Dict subclasses (Counter, defaultdict, OrderedDict, a user's) take str keys
# beginning with '.' (file extensions) as items, unless the name after the
# dot is an attribute the program assigns or the class has.
from collections import Counter, defaultdict, OrderedDict
class MyDict(dict):
    def __init__(self):
        super().__init__()
        self.label = "mine"
    def describe(self):
        return self.label + ":" + ",".join(sorted(self))
m = MyDict()
m[".py"] = 1
m[".lbl"] = 2
m["x"] = 3
print(m.label, m[".py"], m[".lbl"], m.describe(), len(m), sorted(m.items()))
c = Counter()
c[".py"] += 1
c[".py"] += 1
c[".md"] += 1
print(c, c[".py"], ".py" in c, c.most_common())
o = OrderedDict()
o[".a"] = 1; o[".b"] = 2
o.move_to_end(".a")
print(o, list(o))
d = defaultdict(int)
d[".x"] += 5
print(d[".x"], dict(d), d.get(".x"), d.pop(".x"), dict(d))
try:
    m.nothing
except AttributeError as e:
    print("AttributeError", e)
import os
from collections import Counter, defaultdict
files = ["a.py", "b.md", "c.py"]
exts = Counter(os.path.splitext(f)[1] for f in files)
print(exts, exts.most_common(1))
by = defaultdict(list)
for f in files:
    by[os.path.splitext(f)[1]].append(f)
print(dict(by))
