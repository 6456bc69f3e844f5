# A data descriptor's __delete__ runs for `del obj.attr`; dir(obj) uses the
# class's __dir__ (sorted), as CPython.


class Field:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print("deleting", self.key)
        delattr(obj, self.key)


class Record:
    name = Field()

    def __dir__(self):
        return ["zeta", "alpha", "name"]


r = Record()
r.name = "x"
print(r.name)
del r.name
print(r.name)
print(dir(r))
try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)
