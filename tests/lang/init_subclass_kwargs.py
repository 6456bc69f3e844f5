# A class statement's keywords reach __init_subclass__.
class Base:
    registry = {}
    def __init_subclass__(cls, tag="default", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry[tag] = cls.__name__
class Child(Base, tag="special"):
    pass
class Other(Base):
    pass
print(Child.tag, Other.tag, Base.registry)
class Plugin:
    def __init_subclass__(cls, /, name, **kwargs):
        cls.plugin_name = name
class P1(Plugin, name="one"): pass
print(P1.plugin_name)
