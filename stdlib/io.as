"""io: in-memory text and byte streams (StringIO, BytesIO) and the names
code imports from io with them. Files themselves come from open()."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192

open = open

# the class of open()'s files and of sys.stdin
import sys as _sys
TextIOWrapper = type(_sys.stdin)
del _sys


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer that is a list of pieces
    while writes append at the end (so a loop of writes stays linear), and
    one value once something reads, seeks back or overwrites."""

    _empty = ""

    def _setup(self, initial):
        self._parts = [initial] if initial else []
        self._size = len(initial)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if len(self._parts) != 1:
            self._parts = [self._empty.join(self._parts)]
        return self._parts[0] if self._parts else self._empty

    def _write(self, s):
        self._check()
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._parts.append(s)
        else:
            v = self._value()
            if self._pos > self._size:
                v = v + self._pad(self._pos - self._size)
            v = v[:self._pos] + s + v[self._pos + n:]
            self._parts = [v]
        self._pos += n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        v = self._value()
        if size is None or size < 0:
            end = self._size
        else:
            end = min(self._size, self._pos + size)
        r = v[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readline(self, size=-1):
        self._check()
        v = self._value()
        i = v.find(self._newline, self._pos)
        end = self._size if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value " + str(size))
        if size < self._size:
            self._parts = [self._value()[:size]]
            self._size = size
        return size

    def close(self):
        self.closed = True
        self._parts = []

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class StringIO(_MemoryIO):
    """A text stream in memory."""

    _empty = ""
    _newline = "\n"
    _text = True

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._setup(initial_value)

    def _pad(self, n):
        return "\0" * n

    def write(self, s):
        if type(s) is not str:
            if not isinstance(s, str):
                raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
            s = str.__str__(s)
        # (appending at the end, the common case, inline)
        if self._pos == self._size and not self.closed:
            n = len(s)
            if n:
                self._parts.append(s)
                self._pos += n
                self._size = self._pos
            return n
        return self._write(s)

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_MemoryIO):
    """A byte stream in memory."""

    _empty = b""
    _newline = b"\n"
    _text = False

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._setup(bytes(initial_bytes))

    def _pad(self, n):
        return b"\0" * n

    def write(self, b):
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return self.getvalue()

    def __repr__(self):
        return "<_io.BytesIO object>"
