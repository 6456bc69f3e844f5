# An instance attribute shadows a method of the same name, as in Python.
class Greeter:
    def hello(self):
        return "method"

    def use_fast(self):
        self.hello = lambda: "instance attribute"


g = Greeter()
print(g.hello())
g.use_fast()
print(g.hello())
h = Greeter()
print(h.hello())
setattr(h, "hello", lambda: "via setattr")
print(h.hello())
del g.hello
print(g.hello())
