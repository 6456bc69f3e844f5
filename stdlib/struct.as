"""struct: pack and unpack C structs as bytes (byte orders @ = < > !; codes
x c b B ? h H i I l L q Q n N f d s p), on Lua's string.pack. The half
float 'e' and the pointer 'P' are not supported."""

import _struct

__all__ = ["pack", "unpack", "calcsize", "pack_into", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_struct.set_error(error)

# the ranges CPython checks, by code (standard sizes), and its messages
_RANGES = {"b": (-128, 127, "byte format requires -128 <= number <= 127"),
           "B": (0, 255, "ubyte format requires 0 <= number <= 255"),
           "h": (-32768, 32767, "short format requires -32768 <= number <= 32767"),
           "H": (0, 65535, "ushort format requires 0 <= number <= 65535"),
           "i": (-2147483648, 2147483647, "'i' format requires -2147483648 <= number <= 2147483647"),
           "I": (0, 4294967295, "'I' format requires 0 <= number <= 4294967295"),
           "l": (-2147483648, 2147483647, "'l' format requires -2147483648 <= number <= 2147483647"),
           "L": (0, 4294967295, "'L' format requires 0 <= number <= 4294967295"),
           "Q": (0, None, "int too large to convert"), "N": (0, None, "int too large to convert")}


# code -> (Lua option in standard sizes, Lua option native, kind of value)
_CODES = {"b": ("i1", "i1", "n"), "B": ("I1", "I1", "n"), "?": ("I1", "I1", "?"), "h": ("i2", "i2", "n"),
          "H": ("I2", "I2", "n"), "i": ("i4", "i4", "n"), "I": ("I4", "I4", "n"), "l": ("i4", "i8", "n"),
          "L": ("I4", "I8", "n"), "q": ("i8", "i8", "n"), "Q": ("I8", "I8", "n"), "n": (None, "i8", "n"),
          "N": (None, "I8", "n"), "f": ("f", "f", "n"), "d": ("d", "d", "n")}

_cache = {}


def _compile(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if fmt in _cache:
        return _cache[fmt]
    order = "@"
    body = fmt
    if fmt and fmt[0] in "@=<>!":
        order, body = fmt[0], fmt[1:]
    native = order == "@"
    lua = ["<" if order in "@=<" else ">"]
    if native:
        lua.append("!")
    kinds = []
    codes = []
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        while i < n and body[i].isdigit():
            count = (count or 0) * 10 + int(body[i])
            i += 1
        if i >= n:
            raise error("repeat count given without format specifier")
        ch = body[i]
        i += 1
        if ch == "s":
            lua.append("c%d" % (1 if count is None else count))
            kinds.append("b")
            codes.append("s")
            continue
        if ch == "p":
            raise error("the 'p' format is not supported")
        reps = 1 if count is None else count
        if ch == "x":
            lua.append("x" * reps)
            continue
        if ch == "c":
            lua.append("c1" * reps)
            kinds.extend(["b"] * reps)
            codes.extend(["c"] * reps)
            continue
        if ch not in _CODES:
            raise error("bad char in struct format")
        std, nat, kind = _CODES[ch]
        opt = nat if native else std
        if opt is None:
            raise error("bad char in struct format")
        lua.append(opt * reps)
        kinds.extend([kind] * reps)
        codes.extend([ch] * reps)
    result = ("".join(lua), "".join(kinds), "".join(codes))
    _cache[fmt] = result
    return result


def calcsize(fmt):
    lfmt, kinds, codes = _compile(fmt)
    # the size of a pack of zeros
    return len(_struct.pack(lfmt, kinds, tuple(b"" if k == "b" else 0 for k in kinds)))


def pack(fmt, *values):
    lfmt, kinds, codes = _compile(fmt)
    if len(values) != len(kinds):
        raise error("pack expected %d items for packing (got %d)" % (len(kinds), len(values)))
    vals = list(values)
    for idx, code in enumerate(codes):
        v = vals[idx]
        if isinstance(v, bytearray):
            vals[idx] = bytes(v)
        elif code in _RANGES and isinstance(v, int):
            lo, hi, msg = _RANGES[code]
            if v < lo or (hi is not None and v > hi):
                raise error(msg)
        elif code == "c" and not (isinstance(v, bytes) and len(v) == 1):
            raise error("char format requires a bytes object of length 1")
    return _struct.pack(lfmt, kinds, tuple(vals))


def unpack(fmt, buffer):
    lfmt, kinds, codes = _compile(fmt)
    size = calcsize(fmt)
    if len(buffer) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _struct.unpack(lfmt, kinds, bytes(buffer), 0)


def unpack_from(fmt, buffer, offset=0):
    lfmt, kinds, codes = _compile(fmt)
    size = calcsize(fmt)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                    "(actual buffer size is %d)" % (size + offset, size, offset, len(buffer)))
    return _struct.unpack(lfmt, kinds, bytes(buffer), offset)


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    if size == 0 or len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    for off in range(0, len(buffer), size):
        yield unpack_from(fmt, buffer, off)


def pack_into(fmt, buffer, offset, *values):
    raise error("pack_into needs a writable buffer (bytearray), which Aster does not have")


class Struct:
    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
