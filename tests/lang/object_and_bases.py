# A plain object() takes no attributes; a class cannot list a base twice;
# json's decode error shows its CPython module in tracebacks.
import json

obj = object()
try:
    obj.attr = 1
    print("no error")
except AttributeError as e:
    print("AttributeError:", e)


class A:
    pass


try:
    class Bad(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
o = A()
o.x = 5
print(o.x, type(obj).__name__, json.JSONDecodeError.__module__)
json.loads('{"a": 1,}')
# expect-stderr: json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
