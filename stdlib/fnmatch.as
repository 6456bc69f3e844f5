"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

translate(PATTERN) returns the regular expression CPython's fnmatch builds
for a pattern. Aster has no re module: the functions here match with a
compiled form of the pattern that means what that regular expression means
('*' is any run of characters, '/' and newlines included; '?' any one
character; '[seq]' and '[!seq]' one character of seq or not of seq, with
ranges such as 'a-z'; a '[' without its ']' is itself).
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()

# what re.escape escapes
_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c"


def _escape(c):
    return "\\" + c if c in _SPECIAL else c


def _class_body(pat, i, j):
    """The body of the regex character class CPython makes of the bracket
    expression pat[i:j] (the text between '[' and ']')."""
    stuff = pat[i:j]
    if "-" not in stuff:
        stuff = stuff.replace("\\", "\\\\")
    else:
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        # Remove empty ranges -- invalid in RE.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Escape backslashes and hyphens for set difference (--).
        # Hyphens that create ranges shouldn't be escaped.
        stuff = "-".join(s.replace("\\", "\\\\").replace("-", "\\-") for s in chunks)
    # Escape set operations (&&, ~~ and ||).
    out = []
    for c in stuff:
        if c in "&~|":
            out.append("\\")
        out.append(c)
    return "".join(out)


def _class_matcher(body):
    """(negated, singles, ranges) for a regex class body made by _class_body
    (with '!' still marking negation)."""
    negated = False
    if body[0] == "!":
        negated = True
        body = body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    items = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c == "\\" and i + 1 < n:
            items.append((body[i + 1], True))
            i += 2
        else:
            items.append((c, False))
            i += 1
    singles = set()
    ranges = []
    k = 0
    while k < len(items):
        c, escaped = items[k]
        if (k + 2 < len(items) and items[k + 1] == ("-", False)):
            ranges.append((c, items[k + 2][0]))
            k += 3
        else:
            singles.add(c)
            k += 1
    return negated, singles, ranges


def _parse(pat):
    """The pattern as (tokens, regex pieces): a token is _STAR, None (any
    character), a string (that character) or a class matcher."""
    tokens = []
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == "*":
            # compress consecutive `*` into one
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
                pieces.append(_STAR)
        elif c == "?":
            tokens.append(None)
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j = j + 1
            if j < n and pat[j] == "]":
                j = j + 1
            while j < n and pat[j] != "]":
                j = j + 1
            if j >= n:
                tokens.append("[")
                pieces.append("\\[")
            else:
                stuff = _class_body(pat, i, j)
                i = j + 1
                if not stuff:
                    # Empty range: never match.
                    tokens.append((False, set(), []))
                    pieces.append("(?!)")
                elif stuff == "!":
                    # Negated empty range: match any character.
                    tokens.append(None)
                    pieces.append(".")
                else:
                    tokens.append(_class_matcher(stuff))
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    pieces.append("[" + stuff + "]")
        else:
            tokens.append(c)
            pieces.append(_escape(c))
    return tokens, pieces


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    inp = _parse(pat)[1]
    res = []
    add = res.append
    i, n = 0, len(inp)
    # Fixed pieces at the start?
    while i < n and inp[i] is not _STAR:
        add(inp[i])
        i += 1
    # Now deal with STAR fixed STAR fixed ...
    while i < n:
        i += 1
        if i == n:
            add(".*")
            break
        fixed = []
        while i < n and inp[i] is not _STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            add("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(res) + ")\\Z"


def _char_ok(tok, c):
    if tok is None:
        return True
    if isinstance(tok, str):
        return tok == c
    negated, singles, ranges = tok
    found = c in singles
    if not found:
        for lo, hi in ranges:
            if lo <= c <= hi:
                found = True
                break
    return found != negated


def _seg_at(seg, name, pos):
    """Whether the star-free tokens seg match name at pos."""
    for k in range(len(seg)):
        if not _char_ok(seg[k], name[pos + k]):
            return False
    return True


class _Matcher:
    def __init__(self, pat):
        tokens = _parse(pat)[0]
        segs = [[]]
        for t in tokens:
            if t is _STAR:
                segs.append([])
            else:
                segs[-1].append(t)
        self.segs = segs

    def match(self, name):
        segs = self.segs
        n = len(name)
        first = segs[0]
        if len(segs) == 1:
            return n == len(first) and _seg_at(first, name, 0)
        last = segs[-1]
        if len(first) + len(last) > n or not _seg_at(first, name, 0):
            return False
        pos = len(first)
        end = n - len(last)
        # each piece between stars at its earliest place (CPython's regex
        # matches them in atomic groups, the same thing)
        for k in range(1, len(segs) - 1):
            seg = segs[k]
            m = len(seg)
            while pos + m <= end and not _seg_at(seg, name, pos):
                pos += 1
            if pos + m > end:
                return False
            pos += m
        return _seg_at(last, name, end)


_cache = {}


def _compile_pattern(pat):
    m = _cache.get(pat)
    if m is None:
        if not isinstance(pat, str):
            raise TypeError("expected str pattern, got %s" % type(pat).__name__)
        if len(_cache) >= 32768:
            _cache.clear()
        m = _cache[pat] = _Matcher(pat)
    return m


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it (not on POSIX).
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(pat).match
    result = []
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    if not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)
    return _compile_pattern(pat).match(name)
