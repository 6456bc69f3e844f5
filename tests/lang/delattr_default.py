# object.__delattr__ (a class's __delattr__ delegating through super()), and
# open() of a directory raising IsADirectoryError.
class Guard:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is protected")
        print("deleting", name)
        super().__delattr__(name)


g = Guard()
del g.b
print(hasattr(g, "b"))
try:
    del g.a
except AttributeError as e:
    print("AttributeError", e)
object.__delattr__(g, "a")
print(hasattr(g, "a"))
try:
    object.__delattr__(g, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
