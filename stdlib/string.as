"""Common string constants, capwords and the $-substitution Template class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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
