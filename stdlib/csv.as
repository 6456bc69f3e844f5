"""csv: read and write comma-separated values (CPython's csv module, with the
parser and writer of its _csv extension written out in the dialect).

reader(), writer(), DictReader, DictWriter, dialects (excel, excel-tab, unix,
register_dialect and friends), the QUOTE_* constants and csv.Error."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


_field_limit = 128 * 1024
_dialects = {}

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
          "quoting", "skipinitialspace", "strict")

_NOTSET = object()


def _char(name, v, default):
    if v is _NOTSET:
        return default
    if not isinstance(v, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


def _char_or_none(name, v, default):
    if v is _NOTSET:
        return default
    if v is None:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class Dialect:
    """The validated, read-only dialect a reader or writer works with
    (CPython's _csv.Dialect)."""

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        vals = {}
        for a in _ATTRS:
            if a in kwargs:
                vals[a] = kwargs[a]
            elif dialect is not None:
                vals[a] = getattr(dialect, a, _NOTSET)
            else:
                vals[a] = _NOTSET
        self.delimiter = _char("delimiter", vals["delimiter"], ",")
        dq = vals["doublequote"]
        self.doublequote = True if dq is _NOTSET else bool(dq)
        self.escapechar = _char_or_none("escapechar", vals["escapechar"], None)
        lt = vals["lineterminator"]
        if lt is _NOTSET:
            lt = "\r\n"
        elif lt is None:
            raise TypeError("lineterminator must be set")
        elif not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        qc = vals["quotechar"]
        self.quotechar = _char_or_none("quotechar", qc, '"')
        quoting = vals["quoting"]
        if quoting is _NOTSET:
            q = QUOTE_MINIMAL
        else:
            if not isinstance(quoting, int) or isinstance(quoting, bool):
                raise TypeError('"quoting" must be an integer')
            q = quoting
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if qc is None and quoting is _NOTSET:
            q = QUOTE_NONE
        self.quoting = q
        if q != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        si = vals["skipinitialspace"]
        self.skipinitialspace = False if si is _NOTSET else bool(si)
        st = vals["strict"]
        self.strict = False if st is _NOTSET else bool(st)

    def __repr__(self):
        return "<_csv.Dialect object at 0x%x>" % id(self)


_Dialect = Dialect


def _dialect_from(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.
    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int) or isinstance(new, bool):
            raise TypeError("limit must be an integer")
        _field_limit = new
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# reader states (those of _csv.c)
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None  # the end of an input line


class _Reader:
    """CSV reader: iterate over it for the rows (lists of strings) of the
    lines of the iterable it was made from."""

    def __init__(self, f, dialect, kwargs):
        self._iter = iter(f)
        self.dialect = _dialect_from(dialect, kwargs)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        if len(self._field) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        s = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # (after an escaped line end the state stays: CPython's too)
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file in universal-newline mode?")

    def _simple(self, line):
        """Parse a line without quotes or escapes by splitting it (what
        the state machine would do with it); False for other lines."""
        d = self.dialect
        if d.quoting != QUOTE_NONE and d.quotechar in line:
            return False
        if d.escapechar is not None and d.escapechar in line:
            return False
        delim = d.delimiter
        if delim == "\r" or delim == "\n" or (delim == " " and d.skipinitialspace):
            return False
        body = line.rstrip("\r\n")
        if "\r" in body or "\n" in body:
            return False
        if body == "":
            return True
        fields = body.split(delim)
        if d.skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        self._fields = fields
        return True

    def _feed(self, line):
        """Run the characters of line, then its end, through the state
        machine: _process() inlined for the common states."""
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        skipsp = d.skipinitialspace
        nonnumeric = d.quoting == QUOTE_NONNUMERIC
        doubleq = d.doublequote
        state = self._state
        field = self._field
        for c in line:
            if state == _IN_FIELD:
                if c == delim or c == "\n" or c == "\r":
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = _START_FIELD if c == delim else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                else:
                    field.append(c)
            elif state == _IN_QUOTED_FIELD:
                if c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if doubleq else _IN_FIELD
                else:
                    field.append(c)
            elif state == _START_FIELD or state == _START_RECORD:
                if c == "\n" or c == "\r":
                    if state == _START_FIELD:
                        self._field = field
                        self._save_field()
                        field = self._field
                    state = _EAT_CRNL
                elif c == quote:
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == " " and skipsp:
                    state = _START_FIELD
                elif c == delim:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = _START_FIELD
                else:
                    if nonnumeric:
                        self._numeric = True
                    field.append(c)
                    state = _IN_FIELD
            else:
                self._state = state
                self._field = field
                self._process(c)
                state = self._state
                field = self._field
        self._state = state
        self._field = field
        self._process(_EOL)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        try:
            while True:
                try:
                    line = next(self._iter)
                except StopIteration:
                    if self._field or self._state == _IN_QUOTED_FIELD:
                        if self.dialect.strict:
                            raise Error("unexpected end of data")
                        self._save_field()
                        break
                    raise
                if not isinstance(line, str):
                    raise Error("iterator should return strings, not %s "
                                "(the file should be opened in text mode)" % type(line).__name__)
                self.line_num += 1
                if self._state == _START_RECORD and self._simple(line):
                    break
                self._feed(line)
                if self._state == _START_RECORD:
                    break
        except BaseException:
            # a failed parse starts afresh with the next record
            self._fields = None
            self._field = []
            self._state = _START_RECORD
            raise
        fields = self._fields
        self._fields = None
        return fields


class _Writer:
    """CSV writer: writerow() formats a row and writes it to the file."""

    def __init__(self, f, dialect, kwargs):
        self._write = getattr(f, "write", None)
        if self._write is None or not callable(self._write):
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _dialect_from(dialect, kwargs)
        d = self.dialect
        self._specials = [c for c in (d.delimiter, d.quotechar, d.escapechar) if c is not None]
        for c in d.lineterminator:
            if c not in self._specials:
                self._specials.append(c)

    def _field(self, out, s, quoted):
        """Append the field s, escaped and quoted as needed, to out."""
        d = self.dialect
        special = d.lineterminator
        parts = []
        for c in s:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in special:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            parts.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    parts.append(d.escapechar)
            parts.append(c)
        text = "".join(parts)
        if quoted:
            text = d.quotechar + text + d.quotechar
        out.append(text)

    def writerow(self, row):
        """Construct and write a CSV record from an iterable of fields."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        quoting = d.quoting
        specials = self._specials
        q = d.quotechar
        out = []
        for field in it:
            if quoting == QUOTE_MINIMAL or quoting == QUOTE_NONE:
                quoted = False
            elif quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = not (isinstance(field, (int, float, complex)) or
                              hasattr(field, "__index__") or hasattr(field, "__float__"))
            if type(field) is not str:
                if field is None:
                    field = ""
                elif isinstance(field, str):
                    field = str.__str__(field)
                else:
                    field = str(field)
            plain = True
            for ch in specials:
                if ch in field:
                    plain = False
                    break
            if plain:
                out.append(q + field + q if quoted else field)
            else:
                self._field(out, field, quoted)
        if len(out) == 1 and out[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = q + q
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        """Construct and write a series of iterables to a csv file."""
        for row in rows:
            self.writerow(row)
        return None


def reader(csvfile, dialect=None, **fmtparams):
    """Return a reader: an iterator of the rows (lists of strings) of the
    lines csvfile's iterator gives."""
    return _Reader(csvfile, dialect, fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    """Return a writer that formats rows as delimited strings and writes
    them to fileobj (anything with a write method)."""
    return _Writer(fileobj, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        if args:
            raise TypeError("reader() takes at most 2 positional arguments")
        self.reader = reader(f, dialect, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Used only for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num

        # unlike the basic reader, we prefer not to return blanks,
        # because we will typically wind up with a dict full of None
        # values
        while row == []:
            row = next(self.reader)
        fieldnames = self.fieldnames
        lf = len(fieldnames)
        lr = len(row)
        d = {}
        for i in range(lf if lf < lr else lr):
            d[fieldnames[i]] = row[i]
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        if args:
            raise TypeError("writer() takes at most 2 positional arguments")
        self.writer = writer(f, dialect, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
