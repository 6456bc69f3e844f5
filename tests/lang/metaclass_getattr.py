# A metaclass's __getattr__ answers for attributes its classes lack.
class Registry(type):
    def __getattr__(cls, name):
        if name.startswith("by_"):
            return f"lookup {name[3:]} in {cls.__name__}"
        raise AttributeError(name)


class Item(metaclass=Registry):
    kind = "item"


print(Item.by_color, Item.kind, Item.by_size)
print(getattr(Item, "by_x"), hasattr(Item, "nope"))
try:
    Item.nope
except AttributeError as e:
    print("AttributeError", e)
