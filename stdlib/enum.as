"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag",
           "IntFlag", "auto", "unique", "global_enum", "verify", "member", "nonmember",
           "UNIQUE", "CONTINUOUS", "NAMED_FLAGS"]


def _f():
    pass


_FunctionType = type(_f)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("_")


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # (READ | WRITE in a Flag's body, between auto() members: worked out
    # once the members have their values, see _AutoExpr)
    def __or__(self, other): return _AutoExpr(_op_or, self, other)
    def __ror__(self, other): return _AutoExpr(_op_or, other, self)
    def __and__(self, other): return _AutoExpr(_op_and, self, other)
    def __rand__(self, other): return _AutoExpr(_op_and, other, self)
    def __xor__(self, other): return _AutoExpr(_op_xor, self, other)
    def __rxor__(self, other): return _AutoExpr(_op_xor, other, self)
    def __add__(self, other): return _AutoExpr(_op_add, self, other)
    def __radd__(self, other): return _AutoExpr(_op_add, other, self)


def _op_or(a, b): return a | b
def _op_and(a, b): return a & b
def _op_xor(a, b): return a ^ b
def _op_add(a, b): return a + b


class _AutoExpr(auto):
    """An operation on auto() members in a class body, done when the
    members it uses have their values."""

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b
        self.value = _auto_null

    def resolve(self):
        def val(x):
            if isinstance(x, _AutoExpr):
                return x.resolve()
            return x.value if isinstance(x, auto) else x
        return self.op(val(self.a), val(self.b))


_auto_null = object()


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(value):
    if isinstance(value, (property, staticmethod, classmethod, type, _FunctionType)):
        return True
    return (hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__"))


def _find_data_type(cls):
    """The first non-Enum base that provides the member values' type (int for IntEnum)."""
    for base in cls.__mro__[1:]:
        if base is object:
            continue
        if isinstance(base, type) and issubclass(base, Enum):
            continue
        return base
    return object


class EnumType(type):
    """Metaclass for Enum: makes enum classes iterable, sized and indexable by name."""

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, Enum):
            return isinstance(value, cls) and value._name_ in cls._member_map_
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(value).__qualname__, type(cls).__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Members are class attributes: Color.RED; look them up by value with
    Color(1) and by name with Color['RED']; iterate with `for c in Color`
    (or over Color.__members__.values()).
    """

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        _make_members(cls)

    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                boundary=None):
        if names is not None:
            return _functional_api(cls, value, names, module, qualname, type, start)
        member_map = getattr(cls, "_member_map_", None)
        if not member_map:
            if not isinstance(value, str):
                raise TypeError("%s has no members" % (cls.__name__,))
            return _functional_api(cls, value, (), module, qualname, type, start)
        # look the value up among the members
        if isinstance(value, cls) and value._name_ in member_map:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in member_map.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: the last value plus one, else start."""
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


def _make_members(cls):
    """Turn the plain class attributes of a new Enum subclass into members."""
    own = cls.__dict__
    # an enum with members cannot be extended
    for base in cls.__mro__[1:]:
        if isinstance(base, EnumType) and base.__dict__.get("_member_names_"):
            raise TypeError("<enum %r> cannot extend <enum %r>" % (cls.__name__, base.__name__))
    ignore = own.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    names = []
    for name in own:
        if name in ignore or name == "_ignore_":
            continue
        value = own[name]
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            names.append(name)
            continue
        if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
            continue
        if _is_descriptor(value):
            continue
        names.append(name)
    for name in ignore:
        if name in own:
            delattr(cls, name)

    data_type = _find_data_type(cls)
    if data_type is not object:
        _fix_mixin_methods(cls, own, data_type)
    # a user-defined __new__ creates the members; Enum.__new__ then does lookups
    new_member = None
    if "__new__" in own and own["__new__"] is not Enum.__dict__["__new__"]:
        new_member = own["__new__"]
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
    else:
        for base in cls.__mro__[1:]:
            nm = base.__dict__.get("_new_member_")
            if nm is not None:
                new_member = nm
                break
    if new_member is not None:
        setattr(cls, "_new_member_", new_member)
    # lookups by value always go through Enum.__new__
    setattr(cls, "__new__", Enum.__dict__["__new__"])
    # a user-defined __init__ initialises members once, not on each lookup
    if "__init__" in own and own["__init__"] is not Enum.__dict__["__init__"]:
        setattr(cls, "_member_init_", own["__init__"])
        setattr(cls, "__init__", Enum.__dict__["__init__"])
    member_init = getattr(cls, "_member_init_", None)

    member_names = []
    member_map = {}
    value2member = {}
    last_values = []
    for name in names:
        value = own[name]
        if isinstance(value, member):
            value = value.value
        if isinstance(value, _AutoExpr):
            value.value = value.resolve()
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(member_names), last_values[:])
            value = value.value
        if isinstance(value, tuple) and len(value) > 0 and isinstance(value[0], auto):
            value = tuple(cls._generate_next_value_(name, 1, len(member_names), last_values[:])
                          if isinstance(v, auto) else v for v in value)
        args = value if isinstance(value, tuple) else (value,)
        if data_type is tuple:
            args = (args,)
        if new_member is not None:
            m = new_member(cls, *args)
        elif data_type is object:
            m = object.__new__(cls)
        else:
            m = data_type.__new__(cls, *args)
        if not hasattr(m, "_value_"):
            if data_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = data_type(*args)
                except Exception:
                    m._value_ = value
        value = m._value_
        m._name_ = name
        m._sort_order_ = len(member_names)
        if member_init is not None:
            member_init(m, *args)
        # aliases share the canonical member
        canonical = None
        for other in member_map.values():
            if other._value_ == value:
                canonical = other
                break
        if canonical is not None:
            m = canonical
        else:
            member_names.append(name)
        member_map[name] = m
        try:
            value2member.setdefault(value, m)
        except TypeError:
            pass
        if canonical is None:
            last_values.append(value)

    for name in member_map:
        setattr(cls, name, member_map[name])
    setattr(cls, "_member_names_", member_names)
    setattr(cls, "_member_map_", member_map)
    setattr(cls, "_value2member_map_", value2member)
    setattr(cls, "__members__", dict(member_map))
    if Flag is not None and issubclass(cls, Flag):
        _finish_flag(cls)


def _fix_mixin_methods(cls, own, data_type):
    """Keep Enum's repr/str/format on enums mixed with a data type (like CPython's EnumType)."""
    first_enum = None
    for base in cls.__bases__:
        if isinstance(base, type) and issubclass(base, Enum):
            first_enum = base
    if first_enum is None:
        return
    if ReprEnum is not None and ReprEnum in cls.__bases__:
        if "__format__" not in own:
            setattr(cls, "__format__", data_type.__format__)
        if "__str__" not in own:
            method = data_type.__str__
            if method is object.__str__:
                method = data_type.__repr__
            setattr(cls, "__str__", method)
        own = cls.__dict__
    for name in ("__repr__", "__str__", "__format__"):
        if name not in own:
            found = getattr(cls, name)
            if found is getattr(data_type, name) or found is getattr(object, name):
                setattr(cls, name, getattr(first_enum, name))


def _functional_api(cls, class_name, names, module, qualname, type_, start):
    """Enum('Color', 'RED GREEN') and friends: build a new enum class."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    ns = {}
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        items = []
        last = []
        for count, name in enumerate(names):
            v = cls._generate_next_value_(name, start, count, last[:])
            last.append(v)
            items.append((name, v))
        names = items
    if isinstance(names, dict):
        names = list(names.items())
    for item in names:
        if isinstance(item, str):
            ns[item] = auto()
        else:
            ns[item[0]] = item[1]
    bases = (cls,) if type_ is None else (type_, cls)
    new = type(class_name, bases, ns)
    if module is not None:
        new.__module__ = module
    if qualname is not None:
        new.__qualname__ = qualname
    return new


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def _bit_count(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value: the next power of two above the last value."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        high = 0
        while (1 << high) <= last_value:
            high += 1
        return 1 << high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._flag_mask_
        neg = value < 0
        if neg:
            value = all_bits + 1 + value
        if value < 0 or value & ~all_bits:
            if issubclass(cls, int):
                pass
            else:
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value), bin(all_bits)))
        return _pseudo_member(cls, value)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__._member_map_.values():
            if m._name_ in self.__class__._member_names_ and _bit_count(m._value_) == 1 \
                    and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return _bit_count(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int) and issubclass(self.__class__, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int) and issubclass(self.__class__, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int) and issubclass(self.__class__, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    def __hash__(self):
        return hash(self._value_)


def _finish_flag(cls):
    mask = 0
    canonical = []
    for name in cls._member_names_:
        v = cls._member_map_[name]._value_
        if isinstance(v, int):
            mask |= v
            # (multi-bit and zero members are aliases: iteration and len()
            # give the single-bit ones, as CPython 3.11)
            if _bit_count(v) == 1:
                canonical.append(name)
        else:
            canonical.append(name)
    setattr(cls, "_member_names_", canonical)
    setattr(cls, "_flag_mask_", mask)


def _pseudo_member(cls, value):
    """A combination of flags that is not a named member, e.g. Perm.R|Perm.W."""
    cache = cls.__dict__.get("_pseudo_members_")
    if cache is None:
        cache = {}
        setattr(cls, "_pseudo_members_", cache)
    if value in cache:
        return cache[value]
    data_type = _find_data_type(cls)
    if data_type is object:
        m = object.__new__(cls)
    else:
        m = data_type.__new__(cls, value)
    m._value_ = value
    names = []
    for name in cls._member_names_:
        mv = cls._member_map_[name]._value_
        if _bit_count(mv) == 1 and mv & value == mv:
            names.append(name)
    covered = 0
    for name in names:
        covered |= cls._member_map_[name]._value_
    if value == 0:
        m._name_ = None
    elif covered == value:
        m._name_ = "|".join(names)
    elif names and data_type is not object:
        # an IntFlag keeps the bits no member names (boundary KEEP)
        m._name_ = "|".join(names) + "|" + str(value & ~covered)
    else:
        m._name_ = None
    cache[value] = m
    return m


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


Flag._flag_mask_ = 0
IntFlag._flag_mask_ = 0


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name in enumeration.__members__:
        m = enumeration.__members__[name]
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


UNIQUE = "unique"
CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"


def verify(*checks):
    """Class decorator to check an enumeration (only UNIQUE is checked)."""
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    """Decorator that exports the members into the module globals (not supported: returns cls)."""
    return cls
