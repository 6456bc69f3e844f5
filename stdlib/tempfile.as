"""tempfile: temporary files and directories with unique names (mkstemp
returns a path and a pseudo descriptor: Aster has no os-level file
descriptors, so the file is opened with open())."""

import os
import random as _random

__all__ = ["gettempdir", "gettempprefix", "mkdtemp", "mkstemp", "mktemp", "NamedTemporaryFile",
           "TemporaryFile", "TemporaryDirectory", "SpooledTemporaryFile", "TMP_MAX", "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            d = os.getenv(name)
            if d and os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _name(prefix, suffix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    letters = "".join(_rng.choice(_chars) for _ in range(8))
    return os.path.join(dir, prefix + letters + suffix)


def mktemp(suffix="", prefix=template, dir=None):
    for _ in range(TMP_MAX):
        name = _name(prefix, suffix, dir)
        if not os.path.exists(name):
            return name
    raise FileExistsError(17, "No usable temporary filename found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    for _ in range(TMP_MAX):
        name = _name(prefix, suffix, dir)
        try:
            os.mkdir(name)
        except FileExistsError:
            continue
        return os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for _ in range(TMP_MAX):
        name = _name(prefix, suffix, dir)
        if os.path.exists(name):
            continue
        f = open(name, "w")
        f.close()
        return -1, os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object with the temporary file's name, removed when closed
    (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete and os.path.exists(self.name):
            os.remove(self.name)

    @property
    def closed(self):
        return self._closed


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    return _TemporaryFileWrapper(open(name, mode), name, delete)


TemporaryFile = NamedTemporaryFile
SpooledTemporaryFile = NamedTemporaryFile


def _rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            _rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore:
                    raise
