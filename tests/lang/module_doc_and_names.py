"""Usage: module_doc_and_names.py (a module docstring is the module's __doc__)."""
# The module docstring becomes __doc__; functions and methods of an
# imported module report that module as their __module__.
import os
import sys
import tempfile

print(__doc__)
d = tempfile.mkdtemp()
with open(os.path.join(d, "doc_mod_x.py"), "w") as f:
    f.write('"""Module X docstring."""\ndef f():\n    pass\nclass K:\n    def m(self):\n        pass\n')
sys.path.insert(0, d)
import doc_mod_x
print(doc_mod_x.__doc__)
print(doc_mod_x.f.__module__, doc_mod_x.K.__module__, doc_mod_x.K.m.__module__)


def local_f():
    pass


print(local_f.__module__)
os.remove(os.path.join(d, "doc_mod_x.py"))
# (sys.path changes made by the program are where imports look)
print(sys.path[0] == d)
sys.path.remove(d)
