"""pathlib: PurePath/PurePosixPath and Path/PosixPath (POSIX paths only):
the pure operations (parts, name, suffix, parent, /, relative_to, ...)
and the common filesystem ones on top of os and glob. Path.stat() only
knows st_size."""

import os
import glob as _glob
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split(path):
    """(anchor, parts after it) of a POSIX path string, normalised as
    pathlib does: no empty parts, no '.', '//' only kept as a root of two."""
    anchor = ""
    if path.startswith("/"):
        anchor = "//" if path.startswith("//") and not path.startswith("///") else "/"
    parts = [p for p in path.split("/") if p and p != "."]
    return anchor, parts


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def __init__(self, *args):
        pass

    def _init(self, args):
        anchor, parts = "", []
        for a in args:
            if isinstance(a, PurePath):
                s = str(a)
            elif isinstance(a, str):
                s = a
            elif hasattr(a, "__fspath__"):
                s = a.__fspath__()
            else:
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                "returns a str, not %r" % type(a).__name__)
            a_anchor, a_parts = _split(s)
            if a_anchor:
                anchor, parts = a_anchor, a_parts
            else:
                parts = parts + a_parts
        self._anchor = anchor
        self._parts = parts

    @classmethod
    def _from(cls, anchor, parts):
        self = object.__new__(cls)
        self._anchor = anchor
        self._parts = list(parts)
        return self

    def __str__(self):
        s = self._anchor + "/".join(self._parts)
        return s or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        if self._anchor:
            return (self._anchor,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def anchor(self):
        return self._anchor

    @property
    def root(self):
        return self._anchor

    @property
    def drive(self):
        return ""

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._anchor, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._anchor)

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def relative_to(self, other):
        other = type(self)(other)
        if self._anchor != other._anchor or self._parts[:len(other._parts)] != other._parts:
            raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
        return self._from("", self._parts[len(other._parts):])

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._anchor, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or suffix == "." or "/" in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def match(self, pattern):
        pat_anchor, pat_parts = _split(pattern)
        if pat_anchor:
            if len(pat_parts) != len(self._parts) or pat_anchor != self._anchor:
                return False
        elif len(pat_parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class _Stat:
    def __init__(self, size):
        self.st_size = size


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._anchor:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = type(self)(os.path.normpath(os.path.abspath(str(self))))
        if strict and not p.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return p

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def stat(self):
        if not self.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return _Stat(os.path.getsize(str(self)))

    def iterdir(self):
        base = str(self)
        for name in sorted(os.listdir(base)):
            yield self / name

    def glob(self, pattern):
        base = str(self)
        for p in sorted(_glob.glob(os.path.join(base, pattern), recursive="**" in pattern)):
            yield type(self)(p)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        s = str(self)
        if os.path.exists(s):
            if exist_ok and os.path.isdir(s):
                return
            raise FileExistsError(17, "File exists", s)
        if parents:
            os.makedirs(s)
        else:
            os.mkdir(s)

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        if missing_ok and not os.path.exists(str(self)):
            return
        os.remove(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(str(self), "a"):
            pass

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode)

    def read_text(self, encoding=None, errors=None):
        with open(str(self)) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with open(str(self), "w") as f:
            return f.write(data)

    def read_bytes(self):
        with open(str(self), "rb") as f:
            return f.read()

    def write_bytes(self, data):
        with open(str(self), "wb") as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    pass
