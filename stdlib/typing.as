"""Runtime placeholders for type hints: subscriptable, harmless, and mostly inert."""

import collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, (list, tuple)):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


class _Unionable:
    """Mixin giving typing placeholders the `X | Y` union syntax."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


_UNSUBSCRIPTED = object()   # __args__ of an alias that was not subscripted


class _GenericAlias(_Unionable):
    """A typing placeholder for a class, like List for list, or a subscripted one, like List[int]."""

    def __init__(self, origin, args=None, name=None):
        if args is not _UNSUBSCRIPTED and not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        return origin(*args, **kwargs)

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self.__args__ is _UNSUBSCRIPTED or name.endswith("]"):
            # unsubscripted, or a complete repr chosen by the creator (typing.Optional[int])
            return name
        if self.__args__ == ():
            return "%s[()]" % name
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        if self.__origin__ is Union:
            return isinstance(obj, tuple(self.__args__))
        if self.__args__ is not _UNSUBSCRIPTED:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__origin__ is Union:
            return issubclass(cls, tuple(self.__args__))
        if self.__args__ is not _UNSUBSCRIPTED:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)


class _SpecialForm(_Unionable):
    """A typing construct such as Any, Optional or Union."""

    def __init__(self, name, doc=""):
        self._name = name
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._name == "Optional":
            return Union[params, None]
        if self._name == "Union":
            if not isinstance(params, tuple):
                params = (params,)
            flat = []
            for p in params:
                if p is None:
                    p = type(None)
                if isinstance(p, _GenericAlias) and p.__origin__ is Union:
                    items = p.__args__
                else:
                    items = (p,)
                for q in items:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _GenericAlias(self, tuple(flat), "typing.Optional[%s]" % _type_repr(other))
            return _GenericAlias(self, tuple(flat), "typing.Union")
        return _GenericAlias(self, params, "typing." + self._name)


Any = _SpecialForm("Any", "Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Literal = _SpecialForm("Literal")
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")
Required = _SpecialForm("Required")
NotRequired = _SpecialForm("NotRequired")
Unpack = _SpecialForm("Unpack")
Annotated = _SpecialForm("Annotated")


List = _GenericAlias(list, _UNSUBSCRIPTED, "typing.List")
Dict = _GenericAlias(dict, _UNSUBSCRIPTED, "typing.Dict")
Set = _GenericAlias(set, _UNSUBSCRIPTED, "typing.Set")
FrozenSet = _GenericAlias(frozenset, _UNSUBSCRIPTED, "typing.FrozenSet")
Tuple = _GenericAlias(tuple, _UNSUBSCRIPTED, "typing.Tuple")
Type = _GenericAlias(type, _UNSUBSCRIPTED, "typing.Type")
DefaultDict = _GenericAlias(collections.defaultdict, _UNSUBSCRIPTED, "typing.DefaultDict")
OrderedDict = _GenericAlias(collections.OrderedDict, _UNSUBSCRIPTED, "typing.OrderedDict")
Counter = _GenericAlias(collections.Counter, _UNSUBSCRIPTED, "typing.Counter")
Deque = _GenericAlias(collections.deque, _UNSUBSCRIPTED, "typing.Deque")
ChainMap = _GenericAlias(collections.ChainMap, _UNSUBSCRIPTED, "typing.ChainMap")
Text = str
AnyStr = None  # replaced below once TypeVar exists


class _Protocolish:
    """Base for abstract placeholders (Iterable, Callable...): subscripting gives the class."""

    def __class_getitem__(cls, params):
        return cls


# The abstract collections: aliases of collections.abc's classes, so that
# isinstance() and subclassing work as with those; made when first named
# (importing collections.abc costs more than the rest of this module).
_ABC_NAMES = {"Hashable": "Hashable", "Awaitable": "Awaitable", "Coroutine": "Coroutine", "AsyncIterable": "AsyncIterable", "AsyncIterator": "AsyncIterator", "Iterable": "Iterable", "Iterator": "Iterator", "Reversible": "Reversible", "Generator": "Generator", "AsyncGenerator": "AsyncGenerator", "Sized": "Sized", "Container": "Container", "Callable": "Callable", "Collection": "Collection", "AbstractSet": "Set", "MutableSet": "MutableSet", "Mapping": "Mapping", "MutableMapping": "MutableMapping", "Sequence": "Sequence", "MutableSequence": "MutableSequence", "ByteString": "ByteString", "MappingView": "MappingView", "KeysView": "KeysView", "ItemsView": "ItemsView", "ValuesView": "ValuesView"}


def __getattr__(name):
    if name in _ABC_NAMES:
        import _collections_abc
        alias = _GenericAlias(getattr(_collections_abc, _ABC_NAMES[name]), _UNSUBSCRIPTED, "typing." + name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")
class ContextManager(_Protocolish): pass
class AsyncContextManager(_Protocolish): pass
class SupportsInt(_Protocolish): pass
class SupportsFloat(_Protocolish): pass
class SupportsIndex(_Protocolish): pass
class SupportsAbs(_Protocolish): pass
class SupportsRound(_Protocolish): pass
class SupportsBytes(_Protocolish): pass


class TypeVar(_Unionable):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if isinstance(self, ParamSpec):
            self.args = _SpecialForm(name + ".args")
            self.kwargs = _SpecialForm(name + ".kwargs")

    def __repr__(self):
        if isinstance(self, TypeVarTuple):
            return self.__name__
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class ParamSpec(TypeVar):
    """Parameter specification variable (P.args and P.kwargs are set by TypeVar.__init__)."""


class TypeVarTuple(TypeVar):
    """Type variable tuple."""


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Abstract base class for generic types; Generic[T] is Generic itself."""

    def __class_getitem__(cls, params):
        # Generic[T] and Protocol[T] as bases stay the classes themselves
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


_PROTOCOL_SKIP = {"__module__", "__qualname__", "__doc__", "__annotations__", "__dict__", "__weakref__",
                  "__init__", "__abstractmethods__", "__parameters__", "_is_protocol", "_is_runtime_protocol",
                  "__orig_bases__", "__slots__", "__class_getitem__", "__init_subclass__", "__subclasshook__",
                  "__protocol_attrs__", "__non_callable_proto_members__"}


class _ProtocolMeta(type):
    """isinstance() against a @runtime_checkable protocol: does the object
    have every member the protocol names?"""

    def __instancecheck__(cls, obj):
        proto = cls.__dict__.get("_is_protocol", False)
        if proto and not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if type.__instancecheck__(cls, obj):
            return True
        return proto and all(hasattr(obj, name) for name in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        proto = cls.__dict__.get("_is_protocol", False)
        if proto and not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        return proto and all(any(name in c.__dict__ for c in other.__mro__) for name in cls.__protocol_attrs__)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""

    def __init_subclass__(cls, **kwargs):
        # a protocol: a class naming Protocol among its bases
        cls._is_protocol = Protocol in cls.__bases__ or any(
            b.__dict__.get("_is_protocol", False) and b is not Protocol for b in cls.__bases__) and \
            all(b is Protocol or b is Generic or b.__dict__.get("_is_protocol", False) or b is object
                for b in cls.__bases__)
        attrs = set()
        for base in cls.__mro__:
            if base in (Protocol, Generic, object):
                continue
            if not base.__dict__.get("_is_protocol", False):
                continue
            for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
                if name not in _PROTOCOL_SKIP and not name.startswith("_abc_"):
                    attrs.add(name)
        cls.__protocol_attrs__ = attrs


def runtime_checkable(cls):
    """Mark a protocol class so that isinstance() and issubclass() check it structurally."""
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


class NamedTuple(tuple):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or class syntax."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            return collections.namedtuple(typename, [f[0] for f in fields])
        return tuple.__new__(cls, *args)

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return  # (a subclass of a NamedTuple class: a plain subclass)
        ann = cls.__dict__.get("__annotations__", {})
        fields = list(ann)
        defaults = []
        for f in fields:
            if f in cls.__dict__:
                defaults.append(cls.__dict__[f])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (f, "s" if len(defaults) > 1 else "",
                                   ", ".join(fields[len(fields) - len(defaults) - 1:-1])))
        base = collections.namedtuple(cls.__name__, fields, defaults=defaults or None,
                                      module=cls.__module__)
        for name in ("__new__", "__repr__", "_make", "_replace", "_asdict", "__getnewargs__", "__match_args__",
                     "_fields", "_field_defaults"):
            setattr(cls, name, base.__dict__[name])
        for i, f in enumerate(fields):
            setattr(cls, f, base.__dict__[f])
        cls.__annotations__ = dict(ann)


class TypedDict(dict):
    """A dict with typed keys: TypedDict('D', {'x': int}) or class syntax; a plain dict at run time."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            # TypedDict("Name", {"x": int}, total=True): a class
            name = args[0]
            fields = args[1] if len(args) > 1 else {}
            total = kwargs.pop("total", True)
            return _typeddict_class(name, fields, total)
        # an instance is a plain dict, as in CPython
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        ann, required, optional = {}, set(), set()
        for base in reversed(cls.__mro__[1:]):
            if base is TypedDict or base is dict or base is object:
                continue
            ann.update(base.__dict__.get("__annotations__", {}))
            required |= base.__dict__.get("__required_keys__", frozenset())
            optional |= base.__dict__.get("__optional_keys__", frozenset())
        own = cls.__dict__.get("__annotations__", {})
        ann.update(own)
        for key in own:
            if total:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__annotations__ = ann
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


def _typeddict_class(name, fields, total):
    return type(name, (TypedDict,), {"__annotations__": dict(fields)}) if total else \
        _typeddict_partial(name, fields)


def _typeddict_partial(name, fields):
    class _Partial(TypedDict, total=False):
        __annotations__ = dict(fields)
    _Partial.__name__ = _Partial.__qualname__ = name
    return _Partial


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ):
    """Ask a static type checker to confirm that val has type typ (returns val)."""
    return val


def assert_never(arg):
    """Statically assert that a line of code is unreachable."""
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    """Reveal the inferred type of a variable (prints it at run time)."""
    import sys
    sys.stderr.write("Runtime type is %r\n" % type(obj).__name__)
    return obj


def _identity(obj):
    """Return the argument unchanged (the run-time effect of these decorators)."""
    return obj


overload = _identity
no_type_check = _identity
no_type_check_decorator = _identity



def final(f):
    """Decorator indicating final methods and classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(**kwargs):
    """Decorator marking a dataclass-like decorator or base class."""
    return _identity


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of a class, module or function as a dict."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", None) or {})


def get_origin(tp):
    """Get the unsubscripted version of a type, e.g. list for List[int]."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get the type arguments of a subscripted type, e.g. (int,) for List[int]."""
    if isinstance(tp, _GenericAlias) and tp.__args__ is not _UNSUBSCRIPTED:
        return tp.__args__
    return ()


def get_overloads(func):
    """Return the overloads of func (always empty here)."""
    return []


def clear_overloads():
    """Clear all overloads."""
    pass


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict


class NewType(_Unionable):
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return "__main__." + self.__name__


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        self.__forward_arg__ = arg

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)
