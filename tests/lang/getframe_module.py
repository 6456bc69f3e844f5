# sys._getframe: the calling function's name, its caller, the module whose
# globals it runs in; namedtuple called from an imported module names that
# module as the __module__ of the class it makes.
import os
import sys
import tempfile


def f():
    fr = sys._getframe(0)
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_globals["__name__"])
    return sys._getframe(1).f_globals.get("__name__")


print(f())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError", e)
d = tempfile.mkdtemp()
with open(os.path.join(d, "gf_mod_y.py"), "w") as fh:
    fh.write("import collections, dataclasses, sys\n"
             "P = collections.namedtuple('P', 'x y')\n"
             "def who():\n"
             "    return sys._getframe(1).f_globals['__name__']\n")
sys.path.insert(0, d)
import gf_mod_y
print(gf_mod_y.P.__module__, gf_mod_y.who())
os.remove(os.path.join(d, "gf_mod_y.py"))
sys.path.remove(d)
