"""Data classes: the @dataclass decorator generating __init__, __repr__, __eq__ and friends from annotations."""

import sys
import copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """Marks an init-only pseudo-field: InitVar[int]."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Describes one field of a dataclass; created by field()."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        pass


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _string_annotation_names(a_type):
    """For a string annotation, the (module, name) its start spells, as
    CPython's dataclasses reads it (r'^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)'):
    "typing.ClassVar[int]" -> ("typing", "ClassVar")."""
    s = a_type.lstrip()
    i = 0
    while i < len(s) and (s[i].isalnum() or s[i] == "_"):
        i += 1
    first = s[:i]
    rest = s[i:].lstrip()
    if first and rest.startswith("."):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == "_"):
            j += 1
        if j:
            return first, rest[:j]
    return None, first


def _is_classvar(a_type):
    if isinstance(a_type, str):
        module, name = _string_annotation_names(a_type)
        return name == "ClassVar"
    # typing.ClassVar itself or ClassVar[...] (typing is loaded: the
    # annotation came from it)
    if getattr(type(a_type), "__module__", None) != "typing":
        return False
    import typing
    cv = typing.ClassVar
    return a_type is cv or getattr(a_type, "__origin__", None) is cv


def _is_initvar(a_type):
    if isinstance(a_type, str):
        module, name = _string_annotation_names(a_type)
        return name == "InitVar"
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type == "KW_ONLY" or a_type == "dataclasses.KW_ONLY"
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)

    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default) in (list, dict, set):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), f.name))
    return f


def _type_name(t):
    """Format an annotation the way inspect.signature() does."""
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if isinstance(t, str):
        return repr(t)
    if getattr(t, "__module__", None) == "typing":
        return repr(t).replace("typing.", "")
    return repr(t)


def _signature_doc(cls, fields):
    std, kw = _fields_in_init_order(fields)
    parts = []
    for f in std:
        parts.append(_param_doc(f))
    if kw:
        parts.append("*")
        for f in kw:
            parts.append(_param_doc(f))
    return "%s(%s)" % (cls.__name__, ", ".join(parts))


def _param_doc(f):
    s = "%s: %s" % (f.name, _type_name(f.type))
    if f.default is not MISSING:
        s += " = %r" % (f.default,)
    elif f.default_factory is not MISSING:
        s += " = <factory>"
    return s


def _set_qualname(cls, fn, name):
    try:
        fn.__name__ = name
        fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    except (AttributeError, TypeError):
        pass
    return fn


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class itself defines name; True if it does."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value, name)
    setattr(cls, name, value)
    return False


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    qual = "%s.__init__" % cls.__qualname__
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_only_fields]
    init_fields = {}
    for f in std_fields + kw_only_fields:
        init_fields[f.name] = f
    n_defaults = 0
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            n_defaults += 1
    argcount = len(pos_names) + 1
    initvar_names = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        values = {}
        for i in range(min(nargs, len(pos_names))):
            values[pos_names[i]] = args[i]
        for k in kwargs:
            if k not in init_fields:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[k] = kwargs[k]
        if nargs > len(pos_names):
            if n_defaults:
                sig = "from %d to %d" % (argcount - n_defaults, argcount)
            else:
                sig = "%d" % argcount
            plural = "s" if (n_defaults or argcount != 1) else ""
            kwonly_given = len([k for k in kwargs if k in kw_names])
            if kwonly_given:
                extra = " positional argument%s (and %d keyword-only argument%s)" % (
                    "s" if nargs + 1 != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
            else:
                extra = ""
            raise TypeError("%s() takes %s positional argument%s but %d%s %s given"
                            % (qual, sig, plural, nargs + 1, extra,
                               "was" if nargs + 1 == 1 and not kwonly_given else "were"))
        missing = [f.name for f in std_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qual, len(missing), "" if len(missing) == 1 else "s",
                               _quoted_list(missing)))
        missing = [f.name for f in kw_only_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                            % (qual, len(missing), "" if len(missing) == 1 else "s",
                               _quoted_list(missing)))
        for f in fields:
            if f._field_type is not _FIELD:
                continue
            name = f.name
            if f.init:
                if name in values:
                    value = values[name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            initvals = []
            for name in initvar_names:
                if name in values:
                    initvals.append(values[name])
                else:
                    initvals.append(init_fields[name].default)
            self.__post_init__(*initvals)

    return __init__


_repr_running = set()


def _make_repr(fields):
    names = [f.name for f in fields if f.repr and f._field_type is _FIELD]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))
    return __repr__


def _make_cmp(op, names):
    def astuple_(obj):
        return tuple(getattr(obj, n) for n in names)

    if op == "__eq__":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
    elif op == "__lt__":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) < astuple_(other)
            return NotImplemented
    elif op == "__le__":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) <= astuple_(other)
            return NotImplemented
    elif op == "__gt__":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) > astuple_(other)
            return NotImplemented
    else:
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) >= astuple_(other)
            return NotImplemented
    return cmp


def _make_hash(names):
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Collect the fields of dataclass bases, from the root down.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    own = cls.__dict__
    cls_annotations = own.get("__annotations__", {})

    cls_fields = []
    KW_ONLY_seen = False
    for name in cls_annotations:
        a_type = cls_annotations[name]
        if _is_kw_only(a_type):
            if KW_ONLY_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(own.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name in own:
        value = own[name]
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = own.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in own))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError("non-default argument %r follows default argument" % (f.name,))
            else:
                seen_default = True
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, list(fields.values()), std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(field_list))

    cmp_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_cmp("__eq__", cmp_names))

    if order:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_cmp(op, cmp_names)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (op, cls.__name__))

    if frozen:
        fset, fdel = _make_frozen(cls, tuple(f.name for f in field_list))
        for name, fn in (("__setattr__", fset), ("__delattr__", fdel)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))

    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        setattr(cls, "__hash__", _set_qualname(cls, _make_hash(hash_names), "__hash__"))
    elif eq and frozen:
        if not has_explicit_hash:
            setattr(cls, "__hash__", _set_qualname(cls, _make_hash(hash_names), "__hash__"))
    elif eq:
        if not has_explicit_hash:
            setattr(cls, "__hash__", None)

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = _signature_doc(cls, all_init_fields)
        except (TypeError, ValueError, AttributeError):
            cls.__doc__ = ""

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        # (the names only: Aster does not restrict attributes to __slots__)
        if "__slots__" in cls.__dict__:
            raise TypeError(f"{cls.__name__} already specifies __slots__")
        names = tuple(f.name for f in field_list)
        cls.__slots__ = names + ("__weakref__",) if weakref_slot else names

    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursing into dataclasses, dicts, lists and tuples)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), ns)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
