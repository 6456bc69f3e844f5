"""Abstract base classes: ABC, ABCMeta and the abstractmethod decorator."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(value):
    """Whether a class attribute is (or wraps) an abstract method."""
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (staticmethod, classmethod)):
        if getattr(value, "__isabstractmethod__", False):
            return True
        return getattr(getattr(value, "__func__", None), "__isabstractmethod__", False)
    return getattr(value, "__isabstractmethod__", False) is True


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""
    __isabstractmethod__ = True


# classes whose __abstractmethods__ have been computed
_computed = set()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    _computed.add(cls)
    abstracts = set()
    own = cls.__dict__
    for name in own:
        if _isabstract(own[name]):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _check_instantiable(cls):
    if cls not in _computed:
        # a subclass the metaclass did not see: compute its abstract methods now
        update_abstractmethods(cls)
    abstracts = getattr(cls, "__abstractmethods__", None)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))


def _abc_new(cls, *args, **kwargs):
    _check_instantiable(cls)
    return object.__new__(cls)


_token = [0]


def get_cache_token():
    """Return a token that changes when an ABC's virtual subclasses change."""
    return _token[0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __init__(cls, name, bases, namespace, **kwargs):
        update_abstractmethods(cls)
        # classes that do not derive from ABC get the instantiation check too
        if getattr(cls, "__new__", None) is object.__new__:
            cls.__new__ = _abc_new

    def register(cls, subclass):
        """Register a virtual subclass of an ABC (recorded, not used by isinstance)."""
        regs = cls.__dict__.get("_abc_registry")
        if regs is None:
            regs = []
            cls._abc_registry = regs
        if subclass not in regs:
            regs.append(subclass)
        _token[0] += 1
        return subclass

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        _check_instantiable(cls)
        nxt = super().__new__
        if nxt is object.__new__:
            return nxt(cls)
        return nxt(cls, *args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC (recorded, not used by isinstance)."""
        return ABCMeta.register(cls, subclass)
