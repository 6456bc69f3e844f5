"""shutil: copying and removing files and trees, moving, which(),
get_terminal_size(). File modes and metadata are not copied."""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "rmtree", "move", "which",
           "disk_usage", "Error", "SameFileError", "get_terminal_size"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    while True:
        buf = fsrc.read(length or 65536)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.abspath(src) == os.path.abspath(dst):
        raise SameFileError("%r and %r are the same file" % (src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    src, dst = os.fspath(src), os.fspath(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    path = os.fspath(path)
    try:
        for name in os.listdir(path):
            p = os.path.join(path, name)
            if os.path.isdir(p):
                rmtree(p, ignore_errors, onerror)
            else:
                os.remove(p)
        os.rmdir(path)
    except OSError:
        if ignore_errors:
            return
        raise


def move(src, dst, copy_function=copy2):
    src, dst = os.fspath(src), os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip("/")))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=None, path=None):
    if "/" in cmd:
        return cmd if os.path.isfile(cmd) else None
    if path is None:
        path = os.getenv("PATH") or "/bin:/usr/bin"
    for d in path.split(":"):
        p = os.path.join(d, cmd)
        if os.path.isfile(p):
            return p
    return None


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS and LINES when set, else the terminal's size, else fallback"""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.stdout.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
