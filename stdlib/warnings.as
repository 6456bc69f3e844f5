"""Python part of the warnings subsystem (CPython's warnings module).

warn() reports `file:line: Category: message` and the source line on
sys.stderr, with CPython's filters and actions ("default" shows a warning
once per place, "once", "module", "always", "error", "ignore"),
filterwarnings()/simplefilter()/resetwarnings() and catch_warnings().

Aster has no frame objects (sys._getframe): where warn() was called from
comes from the runtime's list of the running Python frames (_frames). The
message and module arguments of filterwarnings() are regular expressions,
matched by a small engine here (Aster has no re module): literals, '.',
classes, anchors, groups, alternation and the usual quantifiers.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# --- a small regular expression engine (re.match semantics) ----------------

class _RegexError(ValueError):
    pass


_DIGITS = "0123456789"


def _is_word(c):
    return c == "_" or c.isalnum()


def _is_space(c):
    return c in " \t\n\r\x0b\x0c"


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def alternation(self):
        seqs = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            seqs.append(self.sequence())
        return seqs

    def sequence(self):
        items = []
        while True:
            c = self.peek()
            if c is None or c == "|" or c == ")":
                return items
            node = self.atom()
            if node is None:
                continue
            items.append(self.quantified(node))

    def quantified(self, node):
        c = self.peek()
        lo = hi = None
        if c == "*":
            lo, hi = 0, None
        elif c == "+":
            lo, hi = 1, None
        elif c == "?":
            lo, hi = 0, 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j > 0 and len(parts) <= 2 and all(x.strip() == "" or x.strip().isdigit() for x in parts) \
                    and body.strip() != "" and body.strip() != ",":
                lo = int(parts[0]) if parts[0].strip() else 0
                if len(parts) == 1:
                    hi = lo
                else:
                    hi = int(parts[1]) if parts[1].strip() else None
                self.i = j
            else:
                return node
        else:
            return node
        self.i += 1
        if node[0] in ("bol", "eol", "eos", "bos", "wb", "nwb"):
            raise _RegexError("nothing to repeat")
        lazy = False
        if self.peek() == "?":
            self.i += 1
            lazy = True
        return ("rep", node, lo, hi, lazy)

    def escape(self, in_class):
        if self.i >= len(self.p):
            raise _RegexError("bad escape (end of pattern)")
        c = self.take()
        if c == "d":
            return ("cls", False, [], ["d"])
        if c == "D":
            return ("cls", True, [], ["d"])
        if c == "w":
            return ("cls", False, [], ["w"])
        if c == "W":
            return ("cls", True, [], ["w"])
        if c == "s":
            return ("cls", False, [], ["s"])
        if c == "S":
            return ("cls", True, [], ["s"])
        if not in_class:
            if c == "A":
                return ("bos",)
            if c == "Z":
                return ("eos",)
            if c == "b":
                return ("wb",)
            if c == "B":
                return ("nwb",)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\x0c", "v": "\x0b", "a": "\x07"}
        if c in simple:
            return ("lit", simple[c])
        if in_class and c == "b":
            return ("lit", "\x08")
        if c.isalnum():
            raise _RegexError("bad escape \\" + c)
        return ("lit", c)

    def char_class(self):
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        singles = []
        ranges = []
        kinds = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise _RegexError("unterminated character set")
            c = self.take()
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                node = self.escape(True)
                if node[0] == "cls":
                    kinds.extend(node[3] if not node[1] else ["!" + k for k in node[3]])
                    continue
                lo = node[1]
            else:
                lo = c
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                c2 = self.take()
                if c2 == "\\":
                    node = self.escape(True)
                    if node[0] == "cls":
                        raise _RegexError("bad character range")
                    c2 = node[1]
                if c2 < lo:
                    raise _RegexError("bad character range %s-%s" % (lo, c2))
                ranges.append((lo, c2))
            else:
                singles.append(lo)
        return ("cls", negated, [(a, a) for a in singles] + ranges, kinds)

    def atom(self):
        c = self.take()
        if c == "(":
            if self.peek() == "?":
                self.i += 1
                k = self.take() if self.i < len(self.p) else ""
                if k == ":":
                    pass
                elif k == "P" and self.peek() == "<":
                    j = self.p.find(">", self.i)
                    if j < 0:
                        raise _RegexError("missing >, unterminated name")
                    self.i = j + 1
                elif k in "aiLmsux":
                    # inline flags: (?i) at the start, or (?i:...)
                    j = self.i - 1
                    while self.i < len(self.p) and self.p[self.i] in "aiLmsux":
                        self.i += 1
                    flags = self.p[j:self.i]
                    if "i" in flags:
                        self.flags_i = True
                    if self.peek() == ")":
                        self.i += 1
                        return None
                    if self.peek() != ":":
                        raise _RegexError("unknown extension")
                    self.i += 1
                else:
                    raise _RegexError("unknown extension ?" + k)
            alts = self.alternation()
            if self.peek() != ")":
                raise _RegexError("missing ), unterminated subpattern")
            self.i += 1
            return ("group", alts)
        if c == ")":
            raise _RegexError("unbalanced parenthesis")
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape(False)
        if c in "*+?":
            raise _RegexError("nothing to repeat")
        return ("lit", c)


def _class_has(node, c, icase):
    negated, ranges, kinds = node[1], node[2], node[3]
    cands = (c, c.lower(), c.upper()) if icase else (c,)
    found = False
    for x in cands:
        for lo, hi in ranges:
            if lo <= x <= hi:
                found = True
                break
        if found:
            break
    if not found:
        for k in kinds:
            neg = k[0] == "!"
            kk = k[1:] if neg else k
            if kk == "d":
                r = c.isdigit()
            elif kk == "w":
                r = _is_word(c)
            else:
                r = _is_space(c)
            if r != neg:
                found = True
                break
    return found != negated


class _Regex:
    """A compiled pattern with the match() of re's pattern objects."""

    def __init__(self, pattern, icase=False):
        self.pattern = pattern
        parser = _Parser(pattern)
        parser.flags_i = False
        self._seqs = parser.alternation()
        if parser.i != len(pattern):
            raise _RegexError("unbalanced parenthesis")
        self._icase = icase or parser.flags_i
        self.flags = 2 if icase else 0

    def __repr__(self):
        if self._icase:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern

    def __eq__(self, other):
        return isinstance(other, _Regex) and self.pattern == other.pattern and self._icase == other._icase

    def __hash__(self):
        return hash((self.pattern, self._icase))

    def match(self, s):
        """A true value when the pattern matches at the start of s."""
        end = [None]

        def done(pos):
            end[0] = pos
            return True

        for seq in self._seqs:
            if self._m(seq, 0, s, 0, done):
                return _Match(s, end[0])
        return None

    def _char(self, node, c):
        t = node[0]
        if t == "lit":
            if self._icase:
                return node[1].lower() == c.lower()
            return node[1] == c
        if t == "any":
            return c != "\n"
        return _class_has(node, c, self._icase)

    def _m(self, seq, idx, s, pos, k):
        while True:
            if idx == len(seq):
                return k(pos)
            node = seq[idx]
            t = node[0]
            if t == "lit" or t == "any" or t == "cls":
                if pos < len(s) and self._char(node, s[pos]):
                    idx += 1
                    pos += 1
                    continue
                return False
            if t == "bol" or t == "bos":
                if pos != 0:
                    return False
                idx += 1
                continue
            if t == "eol":
                if pos == len(s) or (pos == len(s) - 1 and s[pos] == "\n"):
                    idx += 1
                    continue
                return False
            if t == "eos":
                if pos == len(s):
                    idx += 1
                    continue
                return False
            if t == "wb" or t == "nwb":
                before = pos > 0 and _is_word(s[pos - 1])
                after = pos < len(s) and _is_word(s[pos])
                if (before != after) == (t == "wb"):
                    idx += 1
                    continue
                return False
            if t == "group":
                return self._group(node, seq, idx, s, pos, k)
            return self._rep(node, seq, idx, s, pos, k)

    def _group(self, node, seq, idx, s, pos, k):
        def rest(p):
            return self._m(seq, idx + 1, s, p, k)

        for alt in node[1]:
            if self._m(alt, 0, s, pos, rest):
                return True
        return False

    def _rep(self, node, seq, idx, s, pos, k):
        sub, lo, hi, lazy = [node[1]], node[2], node[3], node[4]

        def rest(p):
            return self._m(seq, idx + 1, s, p, k)

        def attempt(count, p):
            if count >= lo and lazy and rest(p):
                return True
            if hi is None or count < hi:
                def more(q):
                    if q == p and count >= lo:
                        return False
                    return attempt(count + 1, q)
                if self._m(sub, 0, s, p, more):
                    return True
            if count >= lo and not lazy:
                return rest(p)
            return False

        return attempt(0, pos)


class _Match:
    def __init__(self, string, end):
        self.string = string
        self._end = end

    def group(self, n=0):
        return self.string[:self._end]

    def end(self, n=0):
        return self._end

    def start(self, n=0):
        return 0

    def span(self, n=0):
        return (0, self._end)

    def __bool__(self):
        return True


def _compile(pattern, icase):
    try:
        return _Regex(pattern, icase)
    except _RegexError as e:
        raise _RegexError("%s (in warnings filter pattern %r)" % (e, pattern)) from None


def _re_escape(s):
    return "".join("\\" + c if c in "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c" else c for c in s)


# --- where warn() was called from ------------------------------------------

import _frames

_probe_lines = {}   # (filename, lineno) -> source line seen by _caller


def _stack():
    """The Python frames running now, innermost first, as (filename, lineno,
    function, source line or None)."""
    return _frames.stack()


def _module_name(filename):
    if filename.startswith("<"):
        if filename == "<string>" or filename == "<stdin>":
            return "__main__"
        base = filename[1:]
    else:
        base = filename
    argv0 = sys.argv[0] if sys.argv else None
    if filename == argv0:
        return "__main__"
    base = base.replace("\\", "/").rsplit("/", 1)[-1]
    if base.endswith(".py") or base.endswith(".as"):
        base = base[:-3]
    elif base.endswith(".asc"):
        base = base[:-4]
    return base


def _abs_filename(filename):
    if filename.startswith("<") or filename == "sys":
        return filename
    try:
        import os
        return os.path.abspath(filename)
    except Exception:
        return filename


def _caller(stacklevel):
    """(filename, lineno, module) of the frame stacklevel levels above warn()."""
    frames = _stack()
    if not frames:
        return "sys", 1, "sys"
    mine = frames[0][0]
    idx = None
    for i in range(1, len(frames)):
        if frames[i][2] == "warn" and frames[i][0] == mine:
            idx = i
            break
    if idx is None:
        return "sys", 1, "sys"
    target = idx + (stacklevel if stacklevel > 1 else 1)
    if target >= len(frames):
        return "sys", 1, "sys"
    filename, lineno, func, src = frames[target]
    module = _module_name(filename)
    filename = _abs_filename(filename)
    if src is not None and not filename.startswith("<"):
        _probe_lines[(filename, lineno)] = src
    return filename, lineno, module


_file_cache = {}


def _getline(filename, lineno):
    """The line lineno of the file filename (linecache.getline), '' when unknown."""
    if filename.startswith("<") and not filename.startswith("<aster>"):
        return ""
    lines = _file_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _file_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return _probe_lines.get((filename, lineno), "")


# --- showing warnings --------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % category
    return s


# Keep a reference to check if the function was replaced
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = showwarning
    if sw is not _showwarning_orig:
        # warnings.showwarning() was replaced
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno,
           msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# Keep a reference to check if the function was replaced
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        # warnings.formatwarning() was replaced
        return fw(msg.message, msg.category,
                  msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- filters ------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message:
        message = _compile(message, True)
    else:
        message = None
    if module:
        module = _compile(module, False)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed
    # in correct place. If append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _matches(pat, text):
    if pat is None:
        return True
    if isinstance(pat, str):
        return pat == text
    return bool(pat.match(text))


# --- warn ---------------------------------------------------------------------

_registries = {}


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '%s'" % type(category).__name__)
    text = str(message) if isinstance(message, Warning) else message
    # Without the caller's place when the first filter for the message
    # and category names no module or line, and ignores or raises.
    for item in filters:
        action, msg, cat, mod, ln = item
        if _matches(msg, text) and issubclass(category, cat):
            if mod is None and ln == 0:
                if action == "ignore":
                    return
                if action == "error":
                    raise (message if isinstance(message, Warning) else category(message))
                if action == "once" and onceregistry.get((text, category)):
                    return
            break
    filename, lineno, module = _caller(stacklevel)
    registry = _registries.get(module)
    if registry is None:
        registry = _registries[module] = {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]  # XXX What about leading pathname?
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry.get(key):
        return
    # Search the filters
    item = None
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    # Early exit actions
    if action == "ignore":
        return
    if action == "error":
        raise message
    # Other actions
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        # Unrecognized actions are errors
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    # Print message and context
    msg = WarningMessage(message, category, filename, lineno, source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):

    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not None:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global filters, showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        if m is not None:
            self._filters = m.filters
            m.filters = self._filters[:]
            m._filters_mutated()
            self._showwarning = m.showwarning
            self._showwarnmsg_impl = m._showwarnmsg_impl
        else:
            self._filters = filters
            filters = self._filters[:]
            _filters_mutated()
            self._showwarning = showwarning
            self._showwarnmsg_impl = _showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            if m is not None:
                m._showwarnmsg_impl = log.append
                m.showwarning = m._showwarning_orig
            else:
                _showwarnmsg_impl = log.append
                # Reset showwarning() to the default implementation to make sure
                # that _showwarnmsg() calls _showwarnmsg_impl()
                showwarning = _showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        global filters, showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        if m is not None:
            m.filters = self._filters
            m._filters_mutated()
            m.showwarning = self._showwarning
            m._showwarnmsg_impl = self._showwarnmsg_impl
        else:
            filters = self._filters
            _filters_mutated()
            showwarning = self._showwarning
            _showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed."""
    remove_formatted = "%s.%s" % (remove[0], remove[1])
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = "%r was slated for removal after Python %s alpha" % (name, remove_formatted)
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


# filters contains a sequence of filter 5-tuples
# The components of the 5-tuple are:
# - an action: error, ignore, always, default, module, or once
# - a compiled regex that must match the warning message
# - a class representing the warning category
# - a compiled regex that must match the module that is being warned
# - a line number for the line being warning, or 0 to mean any line
# If either if the compiled regexs are None, match anything.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1

# CPython's default filters (those of a release build)
_dev = getattr(getattr(sys, "flags", None), "dev_mode", False)
if _dev:
    filters.append(("default", None, Warning, None, 0))
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
del _dev
