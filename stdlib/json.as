"""json: encode and decode JSON like CPython's json module (dumps/loads/dump/load)."""

__all__ = ["dumps", "loads", "dump", "load", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = "json.decoder"  # (where CPython defines it)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        o = ord(ch)
        if o < 0x20:
            out.append("\\u%04x" % o)
        elif o > 0x7E and ensure_ascii:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_repr(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, indent, separators, sort_keys, ensure_ascii, allow_nan, default, skipkeys):
        if isinstance(indent, int) and not isinstance(indent, bool):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.sort_keys = sort_keys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.default = default
        self.skipkeys = skipkeys
        self.markers = {}

    def key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, out, level)
        elif isinstance(o, dict):
            self.encode_dict(o, out, level)
        else:
            if self.default is None:
                raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
            mark = id(o)
            if mark in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[mark] = o
            self.encode(self.default(o), out, level)
            del self.markers[mark]

    def newline(self, out, level):
        if self.indent is not None:
            out.append("\n" + self.indent * level)

    def encode_list(self, o, out, level):
        if not o:
            out.append("[]")
            return
        mark = id(o)
        if mark in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[mark] = o
        out.append("[")
        first = True
        for v in o:
            if not first:
                out.append(self.item_sep)
            first = False
            self.newline(out, level + 1)
            self.encode(v, out, level + 1)
        self.newline(out, level)
        out.append("]")
        del self.markers[mark]

    def encode_dict(self, o, out, level):
        if not o:
            out.append("{}")
            return
        mark = id(o)
        if mark in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[mark] = o
        out.append("{")
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            ks = self.key(k)
            if ks is None:
                continue
            if not first:
                out.append(self.item_sep)
            first = False
            self.newline(out, level + 1)
            out.append(_encode_str(ks, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(v, out, level + 1)
        self.newline(out, level)
        out.append("}")
        del self.markers[mark]


class JSONEncoder:
    """Extensible JSON encoder: a subclass's default(o) returns a
    serializable object for o (or calls the base's, which raises TypeError)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        enc = _Encoder(self.indent, (self.item_separator, self.key_separator), self.sort_keys,
                       self.ensure_ascii, self.allow_nan, self.default, self.skipkeys)
        out = []
        enc.encode(o, out, 0)
        return iter(out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    if kw:
        raise TypeError(f"dumps() got an unexpected keyword argument '{next(iter(kw))}'")
    enc = _Encoder(indent, separators, sort_keys, ensure_ascii, allow_nan, default, skipkeys)
    out = []
    enc.encode(obj, out, 0)
    return "".join(out)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": -float("inf")}


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook, parse_constant=None,
                 strict=True):
        self.s = s
        self.n = len(s)
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.object_pairs_hook = object_pairs_hook
        self.parse_constant = parse_constant
        self.strict = strict

    def skip(self, i):
        s, n = self.s, self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        i = self.skip(i)
        if i >= self.n:
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        for name, val in _CONSTANTS.items():
            if s.startswith(name, i):
                if self.parse_constant is not None:
                    return self.parse_constant(name), i + len(name)
                return val, i + len(name)
        return self.number(i)

    def number(self, i):
        s, n = self.s, self.n
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and s[j].isdigit():
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j < n and s[j] == "." and j + 1 < n and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit():
                    j += 1
        text = s[i:j]
        if is_float:
            return (self.parse_float or float)(text), j
        return (self.parse_int or int)(text), j

    def string(self, i):
        s, n = self.s, self.n
        out = []
        start = i
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\":
                if ord(s[j]) < 0x20 and self.strict:
                    raise JSONDecodeError("Invalid control character at", s, j)
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            if s[j] == '"':
                return "".join(out), j + 1
            # backslash escape
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            e = s[j + 1]
            if e == "u":
                code = self.hex4(j + 2)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                out.append(chr(code))
                continue
            m = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(e)
            if m is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            out.append(m)
            i = j + 2

    def hex4(self, i):
        h = self.s[i:i + 4]
        if len(h) != 4 or any(c not in "0123456789abcdefABCDEF" for c in h):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)
        return int(h, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < self.n and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            i = self.skip(i)
            if i >= self.n or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= self.n or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            val, i = self.value(i + 1)
            pairs.append((key, val))
            i = self.skip(i)
            if i < self.n and s[i] == ",":
                i += 1
                continue
            if i < self.n and s[i] == "}":
                return self.finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        out = []
        i = self.skip(i)
        if i < self.n and s[i] == "]":
            return out, i + 1
        while True:
            val, i = self.value(i)
            out.append(val)
            i = self.skip(i)
            if i < self.n and s[i] == ",":
                i += 1
                continue
            if i < self.n and s[i] == "]":
                return out, i + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, i)


class JSONDecoder:
    """JSON decoder with hooks: object_hook, parse_float, parse_int,
    parse_constant, object_pairs_hook; strict=False allows control
    characters inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def raw_decode(self, s, idx=0):
        """(object, index where the document ended) for the document at idx."""
        dec = _Decoder(s, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook,
                       self.parse_constant, self.strict)
        return dec.value(idx)

    def decode(self, s):
        """The object the JSON document s holds."""
        dec = _Decoder(s, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook,
                       self.parse_constant, self.strict)
        val, i = dec.value(0)
        i = dec.skip(i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return val


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str or bytes holding a JSON document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if cls is None:
        cls = JSONDecoder
    # (only the hooks given go to the class, as CPython's loads)
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file holding a JSON document)."""
    return loads(fp.read(), **kw)
