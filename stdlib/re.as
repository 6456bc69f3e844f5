"""re: regular expressions with Python's syntax and API, matched by PCRE2
(vm/regex.c). A pattern is translated to PCRE2's spelling where the two
differ (\\Z, \\uXXXX, {,n}, the a/L/u flags); matches, groups, spans,
substitution templates and the empty-match rules are Python's."""

import _sre
import enum
from operator import index as _operator_index

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag"]


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    IGNORECASE = 2
    LOCALE = 4
    MULTILINE = 8
    DOTALL = 16
    UNICODE = 32
    VERBOSE = 64
    DEBUG = 128
    ASCII = 256

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name in ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "DEBUG"):
            bit = int(RegexFlag[name])
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            if not names:
                return f"re.RegexFlag({v})"
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
A = ASCII = RegexFlag.ASCII

# option bits of vm/regex.c
_OPT_I, _OPT_M, _OPT_S, _OPT_X, _OPT_UCP, _OPT_UTF = 1, 2, 4, 8, 16, 32
_INLINE = {"i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64, "a": 256}
_MAXSIZE = 9223372036854775807
_CHUNK = 64  # matches finditer scans at once


class error(Exception):
    """A pattern or template that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        super().__init__(msg)


PatternError = error


def _hexval(text, i, n, pattern):
    digits = text[i:i + n]
    if len(digits) != n or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise error(f"incomplete escape \\{text[i - 1]}{digits}", pattern, i - 2)
    return int(digits, 16)


_UNICODE_SPACE = ("\\t-\\r\\x1c-\\x20\\x85\\xa0\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                  "\\x{202f}\\x{205f}\\x{3000}")


def _translate(p, is_str, flags):
    """Python pattern (its text as str) -> (PCRE2 pattern, inline global
    flags, the enclosing capture group of each group). Walks the pattern
    once: escapes, classes, groups (numbered as Python numbers them),
    verbose-mode comments; unbalanced parentheses are reported here, as
    Python words them."""
    out = []
    inline = 0
    i = 0
    n = len(p)
    # global inline flags: (?aiLmsux) at the start (where 3.11 allows them)
    while p.startswith("(?", i) and i + 2 < n and p[i + 2] in _INLINE:
        j = i + 2
        fl = 0
        while j < n and p[j] in _INLINE:
            fl |= _INLINE[p[j]]
            j += 1
        if j < n and p[j] == ")":
            inline |= fl
            i = j + 1
        else:
            break
    verbose = (flags | inline) & 64
    # \s of a str pattern is what str.isspace() takes, which is not UCP's
    unicode_ws = is_str and not (flags | inline) & 256
    parents = [0]
    stack = []  # open groups: (capture group number or 0, position)
    ngroups = 0
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise error("bad escape (end of pattern)", p, i)
            d = p[i + 1]
            if d == "Z":
                out.append("\\z")
                i += 2
            elif d == "v":
                out.append("\\x0b")  # (PCRE2's \v is any vertical space)
                i += 2
            elif (d == "s" or d == "S") and unicode_ws:
                out.append(("[" if d == "s" else "[^") + _UNICODE_SPACE + "]")
                i += 2
            elif is_str and d == "u":
                out.append("\\x{%x}" % _hexval(p, i + 2, 4, p))
                i += 6
            elif is_str and d == "U":
                v = _hexval(p, i + 2, 8, p)
                if v > 0x10FFFF:
                    raise error(f"bad escape \\{p[i + 1:i + 10]}", p, i)
                out.append("\\x{%x}" % v)
                i += 10
            else:
                out.append(p[i:i + 2])
                i += 2
        elif c == "[":
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            part = ["[", p[i + 1:j]]
            while j < n and p[j] != "]":
                if p[j] == "\\" and j + 1 < n:
                    d = p[j + 1]
                    if is_str and d == "u":
                        part.append("\\x{%x}" % _hexval(p, j + 2, 4, p))
                        j += 6
                    elif is_str and d == "U":
                        part.append("\\x{%x}" % _hexval(p, j + 2, 8, p))
                        j += 10
                    elif d == "v":
                        part.append("\\x0b")
                        j += 2
                    elif d == "s" and unicode_ws:
                        part.append(_UNICODE_SPACE)
                        j += 2
                    else:
                        part.append(p[j:j + 2])
                        j += 2
                elif p[j] == "[" and j + 1 < n and p[j + 1] in ":=.":
                    # (Python has no POSIX classes: "[:" is two characters)
                    part.append("\\[")
                    j += 1
                else:
                    part.append(p[j])
                    j += 1
            if j >= n:
                raise error("unterminated character set", p, i)
            part.append("]")
            out.append("".join(part))
            i = j + 1
        elif c == "(":
            capture = True
            if p.startswith("(?", i):
                if p.startswith("(?#", i):
                    j = p.find(")", i)
                    if j < 0:
                        raise error("missing ), unterminated comment", p, i)
                    i = j + 1
                    continue
                capture = p.startswith("(?P<", i) or (p.startswith("(?<", i) and not p.startswith("(?<=", i)
                                                     and not p.startswith("(?<!", i))
                j = i + 2
                while j < n and p[j] in "aiLmsux-":
                    j += 1
                if j > i + 2 and j < n and p[j] == ":":
                    # scoped flags: a, u and L have no PCRE2 letter (dropped)
                    letters = "".join(ch for ch in p[i + 2:j] if ch not in "auL")
                    if letters.endswith("-"):
                        letters = letters[:-1]
                    out.append("(?" + letters + ":" if letters else "(?:")
                    stack.append((0, i))
                    i = j + 1
                    continue
                if p.startswith("(?P=", i) or p.startswith("(?P<", i):
                    j = p.find(">" if p[i + 3] == "<" else ")", i)
                    name = p[i + 4:j] if j > 0 else ""
                    if j < 0:
                        raise error("missing >, unterminated name" if p[i + 3] == "<" else "missing ), unterminated name", p, i + 4)
                    if not name:
                        raise error("missing group name", p, i + 4)
                    if not name.isidentifier():
                        raise error(f"bad character in group name {name!r}", p, i + 4)
            if capture:
                ngroups += 1
                enclosing = 0
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] > 0:
                        enclosing = stack[k][0]
                        break
                parents.append(enclosing)
                stack.append((ngroups, i))
            else:
                stack.append((0, i))
            out.append(c)
            i += 1
        elif c == ")":
            if not stack:
                raise error("unbalanced parenthesis", p, i)
            stack.pop()
            out.append(c)
            i += 1
        elif c == "{" and i + 1 < n and p[i + 1] == ",":
            j = i + 2
            while j < n and p[j].isdigit():
                j += 1
            if j < n and p[j] == "}" and j > i + 2:
                out.append("{0," + p[i + 2:j] + "}")
                i = j + 1
            else:
                out.append("\\{")
                i += 1
        elif c == "#" and verbose:
            j = p.find("\n", i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    if stack:
        raise error("missing ), unterminated subpattern", p, stack[-1][1])
    return "".join(out), inline, parents


def _compile_new(pattern, flags):
    is_str = isinstance(pattern, str)
    if not is_str and not isinstance(pattern, (bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    text = pattern if is_str else bytes(pattern).decode("latin-1")
    translated, inline, parents = _translate(text, is_str, flags)
    flags |= inline
    if is_str:
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not flags & 256:
            flags |= 32
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    opts = 0
    if flags & 2:
        opts |= _OPT_I
    if flags & 8:
        opts |= _OPT_M
    if flags & 16:
        opts |= _OPT_S
    if flags & 64:
        opts |= _OPT_X
    if is_str:
        opts |= _OPT_UTF
        if not flags & 256:
            opts |= _OPT_UCP
        src = translated
    else:
        src = translated.encode("latin-1")
    rx, ngroups, names = _sre.compile(src, opts)
    if rx is None:
        pos = names if names <= len(pattern) else len(pattern)
        msg = _PCRE_MESSAGES.get(ngroups, ngroups)
        if "{}" in ngroups:
            # (PCRE2 points past the quantifier, Python into it)
            pos = text.rfind("{", 0, pos) + 1
        elif msg == "bad escape" and pos >= 1:
            pos -= 1
            msg = "bad escape \\" + text[pos + 1:pos + 2]
        elif msg == "bad character range" and pos >= 2:
            msg = "bad character range " + text[pos - 2:pos + 1]
            pos -= 2
        elif msg == "nothing to repeat" and pos >= 1 and text[pos - 1] in "*+?}":
            msg = "multiple repeat"
        elif msg == "invalid group reference":
            j = pos
            while j < len(text) and text[j].isdigit():
                j += 1
            if j > pos:
                msg = "invalid group reference " + text[pos:j]
        raise error(msg, pattern, pos)
    return Pattern(pattern, flags, rx, ngroups, names, parents)


# PCRE2's words for errors Python words otherwise
_PCRE_MESSAGES = {
    "quantifier does not follow a repeatable item": "nothing to repeat",
    "reference to non-existent subpattern": "invalid group reference",
    "lookbehind assertion is not fixed length": "look-behind requires fixed-width pattern",
    "range out of order in character class": "bad character range",
    "missing terminating ] for character class": "unterminated character set",
    "unrecognized character follows \\": "bad escape",
    "number too big in {} quantifier": "the repetition number is too large",
    "numbers out of order in {} quantifier": "min repeat greater than max repeat",
    "two named subpatterns have the same name (PCRE2_DUPNAMES not set)": "redefinition of group name",
}


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = _compile_new(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()
    _templates.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")


# ---------------------------------------------------------------------
# Replacement templates: "\1 \g<name>" -> literal pieces and group numbers

_templates = {}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def _parse_template(pat, template):
    """-> list alternating literal text and group numbers (ints)"""
    key = (pat, template)
    parts = _templates.get(key)
    if parts is not None:
        return parts
    is_str = isinstance(template, str)
    t = template if is_str else bytes(template).decode("latin-1")
    parts = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = t[i + 1]
        group = None
        if d == "g":
            if i + 2 >= n or t[i + 2] != "<":
                raise error("missing <", template, i + 2)
            j = t.find(">", i + 3)
            if j < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = t[i + 3:j]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pat._groups:
                    raise error(f"invalid group reference {group}", template, i + 3)
            elif name.isidentifier():
                if name not in pat._groupindex:
                    raise IndexError(f"unknown group name '{name}'")
                group = pat._groupindex[name]
            else:
                raise error(f"bad character in group name '{name}'", template, i + 3)
            i = j + 1
        elif d == "0" or (d in "01234567" and i + 3 < n + 1 and t[i + 2:i + 4].isdigit()
                          and all(x in "01234567" for x in t[i + 1:i + 4]) and len(t[i + 1:i + 4]) == 3):
            # octal: \0, \0o, \0oo or \ooo
            j = i + 1
            while j < n and j < i + 4 and t[j] in "01234567":
                j += 1
            v = int(t[i + 1:j], 8)
            if v > 0o377:
                raise error(f"octal escape value \\{t[i + 1:j]} outside of range 0-0o377", template, i)
            lit.append(chr(v))
            i = j
            continue
        elif d.isdigit():
            j = i + 2
            if j < n and t[j].isdigit():
                j += 1
            group = int(t[i + 1:j])
            if group > pat._groups:
                raise error(f"invalid group reference {group}", template, i + 1)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
            continue
        elif d.isascii() and d.isalpha():
            raise error(f"bad escape \\{d}", template, i)
        else:
            lit.append("\\" + d)
            i += 2
            continue
        parts.append("".join(lit) if is_str else "".join(lit).encode("latin-1"))
        lit = []
        parts.append(group)
    parts.append("".join(lit) if is_str else "".join(lit).encode("latin-1"))
    if len(_templates) >= 512:
        _templates.clear()
    _templates[key] = parts
    return parts


def _expand(m, parts):
    if len(parts) == 1:
        return parts[0]
    out = []
    empty = parts[0][:0]
    for k in range(len(parts)):
        x = parts[k]
        if k % 2 == 0:
            out.append(x)
        else:
            g = m.group(x)
            out.append(empty if g is None else g)
    return empty.join(out)


# ---------------------------------------------------------------------
# Pattern and Match

def _check_subject(pat, string):
    if pat._is_str:
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        if type(string) is not str:
            string = str.__str__(string)  # (a str subclass: its text)
        return string
    if isinstance(string, str):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    if isinstance(string, bytearray):
        return bytes(string)
    if not isinstance(string, bytes):
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
    return string


def _bounds(string, pos, endpos):
    """pos and endpos as indices into string: integers, clamped"""
    if type(pos) is not int or type(endpos) is not int:
        pos, endpos = _operator_index(pos), _operator_index(endpos)
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags, rx, groups, groupindex, parents):
        self._pattern = pattern
        self._flags = flags
        self._groups = groups
        self._groupindex = groupindex
        self._rx = rx
        self._parents = parents
        self._is_str = isinstance(pattern, str)
        self._names = {i: name for name, i in groupindex.items()}

    # (read-only, as CPython's: a compiled pattern is shared by the cache)
    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = int(self._flags)
        if self._is_str:
            flags &= ~int(UNICODE)
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            # (in the order of CPython's _sre, not RegexFlag's)
            names = []
            for name in ("IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"):
                bit = int(RegexFlag[name])
                if flags & bit:
                    names.append("re." + name)
                    flags &= ~bit
            if flags:
                names.append(hex(flags))
            return f"re.compile({text}, {'|'.join(names)})"
        return f"re.compile({text})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and int(self._flags) == int(other._flags)

    def __hash__(self):
        return hash((self._pattern, int(self._flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        if type(string) is not str or not self._is_str:
            string = _check_subject(self, string)
        if pos != 0 or endpos != _MAXSIZE:
            pos, endpos = _bounds(string, pos, endpos)
        else:
            endpos = len(string)
        offs = _sre.match(self._rx, string, pos, endpos, mode)
        if offs is None:
            return None
        return Match(self, string, pos, endpos, offs)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, maxcount):
        """every match: (subject, offsets of all of them, offsets per match)"""
        string = _check_subject(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        return string, _sre.scan(self._rx, string, pos, endpos, maxcount), 2 * self._groups + 2

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self, string)
        p, e = _bounds(string, pos, endpos)
        return self._iter(string, p, e)

    def _iter(self, string, p, e):
        """finditer's matches, scanned _CHUNK at a time as they are wanted"""
        w = 2 * self._groups + 2
        start, after_empty = p, False
        while True:
            offs = _sre.scan(self._rx, string, start, e, _CHUNK, after_empty)
            n = len(offs)
            for k in range(0, n, w):
                yield Match(self, string, p, e, offs[k:k + w])
            if n < _CHUNK * w:
                return
            s0, e0 = offs[n - w], offs[n - w + 1]
            start, after_empty = max(s0, e0), s0 >= e0

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        string, offs, w = self._scan(string, pos, endpos, 0)
        out = []
        ng = self._groups
        empty = string[:0]
        for k in range(0, len(offs), w):
            if ng == 0:
                out.append(string[offs[k]:offs[k + 1]])
            elif ng == 1:
                s = offs[k + 2]
                out.append(empty if s < 0 else string[s:offs[k + 3]])
            else:
                item = []
                for g in range(1, ng + 1):
                    s = offs[k + 2 * g]
                    item.append(empty if s < 0 else string[s:offs[k + 2 * g + 1]])
                out.append(tuple(item))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            parts = None
        else:
            if self._is_str and not isinstance(repl, str):
                raise TypeError(f"expected str instance, {type(repl).__name__} found")
            if not self._is_str and isinstance(repl, str):
                raise TypeError("expected a bytes-like object, str found")
            parts = _parse_template(self, repl)
        if count < 0:
            return _check_subject(self, string), 0
        string, offs, w = self._scan(string, 0, _MAXSIZE, count)
        n = len(offs) // w
        if n == 0:
            return string, 0
        out = []
        last = 0
        for k in range(0, len(offs), w):
            s, e = offs[k], offs[k + 1]
            out.append(string[last:s])
            if parts is None:
                r = repl(Match(self, string, 0, len(string), offs[k:k + w]))
                if r is None:
                    r = string[:0]
                elif self._is_str and not isinstance(r, str):
                    raise TypeError(f"sequence item {len(out)}: expected str instance, {type(r).__name__} found")
                elif not self._is_str and not isinstance(r, (bytes, bytearray)):
                    raise TypeError(f"sequence item {len(out)}: expected a bytes-like object, {type(r).__name__} found")
                out.append(r)
            elif len(parts) == 1:
                out.append(parts[0])
            else:
                out.append(_expand(Match(self, string, 0, len(string), offs[k:k + w]), parts))
            last = e
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [_check_subject(self, string)]
        string, offs, w = self._scan(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        ng = self._groups
        for k in range(0, len(offs), w):
            s, e = offs[k], offs[k + 1]
            out.append(string[last:s])
            for g in range(1, ng + 1):
                gs = offs[k + 2 * g]
                out.append(None if gs < 0 else string[gs:offs[k + 2 * g + 1]])
            last = e
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


def _lastindex(m):
    """the capture group that closed last: of those ending furthest, the
    last one not inside another of them"""
    best = None
    best_end = -1
    offs = m._offs
    parents = m.re._parents
    for i in range(1, m.re._groups + 1):
        s = offs[2 * i]
        if s < 0:
            continue
        e = offs[2 * i + 1]
        if e > best_end:
            best, best_end = i, e
        elif e == best_end:
            a = parents[i]
            while a and a != best:
                a = parents[a]
            if not a:
                best = i
    return best


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, offs):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._offs = offs

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re._groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _text(self, i, default=None):
        s = self._offs[2 * i]
        if s < 0:
            return default
        return self.string[s:self._offs[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._text(self._index(g))

    def groups(self, default=None):
        return tuple(self._text(i, default) for i in range(1, self.re._groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        if group == 0:
            return self._offs[0]
        return self._offs[2 * self._index(group)]

    def end(self, group=0):
        if group == 0:
            return self._offs[1]
        return self._offs[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._offs[2 * i], self._offs[2 * i + 1])

    # (lastindex, lastgroup and regs are computed when read, through
    # __getattr__ rather than properties: a class with a property has every
    # attribute store of its instances checked, and a match is made often)
    def __getattr__(self, name):
        if name == "lastindex":
            return _lastindex(self)
        if name == "lastgroup":
            i = _lastindex(self)
            return None if i is None else self.re._names.get(i)
        if name == "regs":
            offs = self._offs
            return tuple((offs[2 * i], offs[2 * i + 1]) for i in range(self.re._groups + 1))
        raise AttributeError(f"'re.Match' object has no attribute '{name}'")

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span=({self._offs[0]}, {self._offs[1]}), match={repr(self._text(0))[:50]}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
