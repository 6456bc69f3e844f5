"""The emitter reads some attributes without a fallback (fast_attr_ok in
parser/emit.c); it must never do so for a method name of list, tuple,
dict, set, frozenset or str, whose instances index their class's table
(a bound method could not be made). This checks its list against dir()."""
import os
import tempfile
from clitest import run, check, finish

st, out, err = run(["-c", "\n".join([
    "names = set()",
    "for t in (list, tuple, dict, set, frozenset, str):",
    "    names.update(n for n in dir(t) if not n.startswith('_'))",
    "print(' '.join(sorted(names)))"])])
check(st == 0 and out.strip(), "dir() of the builtin types", out + err)
names = out.split()
d = tempfile.mkdtemp(prefix="aster-fast-")
src = os.path.join(d, "m.py")
with open(src, "w") as f:
    f.write("class K:\n    def __init__(self):\n")
    for n in names:
        f.write("        self.%s = 1\n" % n)
    f.write("k = K()\nprint(k.probe_attr)\nk.probe_attr = 2\n")
st, out, err = run(["--emit-lua", src])
check(st == 0, "--emit-lua", err)
fast = ""
for line in out.splitlines():
    if "__R.fast_attrs({" in line:
        fast = line.split("__R.fast_attrs({", 1)[1].split("})", 1)[0]
check('"probe_attr"' in fast, "a plain attribute is read without fallback", fast)
for n in names:
    check('"%s"' % n not in fast, "builtin method name %s read with a fallback" % n, fast)
finish()
