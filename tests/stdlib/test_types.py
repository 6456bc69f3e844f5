import types
ns = types.SimpleNamespace(x=1, y="a")
ns.z = [1]
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y="a", z=[1]), vars(ns))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType) or True, isinstance(types, types.ModuleType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), types.NoneType is type(None))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType))
K = types.new_class("K", (object,), None, lambda ns: ns.update({"v": 3}))
print(K.__name__, K().v)
ns2 = types.SimpleNamespace(a=1, b=2)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError", e)
del ns2.a
print(ns2, hasattr(ns2, "a"), getattr(ns2, "b"))
try:
    ns2.nothing
except AttributeError as e:
    print("AttributeError", e)
