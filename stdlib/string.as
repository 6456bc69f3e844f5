"""Common string constants, capwords, the $-substitution Template class and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template", "Formatter"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each word and join them with sep (default a space)."""
    return (sep or " ").join(x.capitalize() for x in s.split(sep))


def _is_id_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_id_char(c):
    return _is_id_start(c) or ("0" <= c <= "9")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    # Scan the template; yields ("text", s) / ("named", name, pos) /
    # ("escaped", pos) / ("invalid", pos) parts.
    def _parts(self):
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = 0
        start = 0
        while i < n:
            if t.startswith(delim, i):
                if i > start:
                    yield ("text", t[start:i])
                j = i + dl
                if t.startswith(delim, j):
                    yield ("escaped", i)
                    i = j + dl
                elif j < n and t[j] == "{":
                    k = j + 1
                    if k < n and _is_id_start(t[k]):
                        e = k + 1
                        while e < n and _is_id_char(t[e]):
                            e += 1
                        if e < n and t[e] == "}":
                            yield ("named", t[k:e], i, t[i:e + 1])
                            i = e + 1
                        else:
                            yield ("invalid", i)
                            i = j
                    else:
                        yield ("invalid", i)
                        i = j
                elif j < n and _is_id_start(t[j]):
                    e = j + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    yield ("named", t[j:e], i, t[i:e])
                    i = e
                else:
                    yield ("invalid", i)
                    i = j
                start = i
            else:
                i += 1
        if start < n:
            yield ("text", t[start:])

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """Substitute placeholders from mapping and keywords; missing keys raise KeyError."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for part in self._parts():
            kind = part[0]
            if kind == "text":
                out.append(part[1])
            elif kind == "named":
                out.append("%s" % (mapping[part[1]],))
            elif kind == "escaped":
                out.append(self.delimiter)
            else:
                self._invalid(part[1] + len(self.delimiter))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but leave unknown or invalid placeholders unchanged."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for part in self._parts():
            kind = part[0]
            if kind == "text":
                out.append(part[1])
            elif kind == "named":
                try:
                    out.append("%s" % (mapping[part[1]],))
                except KeyError:
                    out.append(part[3])
            elif kind == "escaped":
                out.append(self.delimiter)
            else:
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        """Return False if the template has invalid placeholders."""
        for part in self._parts():
            if part[0] == "invalid":
                return False
        return True

    def get_identifiers(self):
        """Return the list of valid identifiers in the template, in order, without duplicates."""
        ids = []
        for part in self._parts():
            if part[0] == "named" and part[1] not in ids:
                ids.append(part[1])
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(s):
    """(literal_text, field_name, format_spec, conversion) for each part of s,
    as _string.formatter_parser gives them (None for a missing field)."""
    out = []
    lit = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                lit.append("{")
                i += 2
                continue
            # a replacement field: up to the matching "}"
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                if j - i == 1 and i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conv, spec = field, None, ""
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == "[":
                    bracket = True
                elif ch == "]":
                    bracket = False
                elif not bracket and ch in "!:":
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            out.append(("".join(lit), name, spec, conv))
            lit = []
            i = j
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                lit.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append(("".join(lit), None, None, None))
    return out


class Formatter:
    """str.format's machinery, in overridable steps (CPython's string.Formatter)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from automatic field numbering to manual field specification")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        # first part: up to the first "." or "["
        k = 0
        while k < len(field_name) and field_name[k] not in ".[":
            k += 1
        first, rest = field_name[:k], field_name[k:]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while rest:
            if rest[0] == ".":
                k = 1
                while k < len(rest) and rest[k] not in ".[":
                    k += 1
                obj = getattr(obj, rest[1:k])
                rest = rest[k:]
            else:
                k = rest.index("]")
                index = rest[1:k]
                obj = obj[int(index) if index.isdigit() else index]
                rest = rest[k + 1:]
        return obj, key
