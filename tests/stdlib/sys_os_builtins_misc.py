# sys.version_info/float_info as named tuples, hexversion, maxunicode;
# os.SEEK_*; the builtins module and __builtins__; a metaclass as
# cls.__class__; MRO conflict and pow messages as CPython's.
try:
    2 ** "x"
except TypeError as e:
    print(e)
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
print(type(C).__name__, C.__class__.__name__, C.__class__ is Meta)
import os
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
import sys
print(sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.float_info.epsilon, sys.maxunicode)
class A: pass
class C(A): pass
try:
    class Bad(A, C): pass
except TypeError as e:
    print(e)
import builtins
print(builtins.len is len, builtins.ValueError is ValueError, builtins.print is print)
print(type(__builtins__).__name__)
builtins.my_global = 5
print(hasattr(builtins, "nope"), "len" in dir(builtins))
import sys
print(sys.version_info[:2], sys.version_info > (3, 10), sys.float_info.max, sys.float_info.dig)
