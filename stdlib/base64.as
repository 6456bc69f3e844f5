"""base64: Base64 (standard and URL-safe), Base32 and Base16 encodings of
bytes (RFC 4648)."""

import binascii as _binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes",
           "decodebytes"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _bytes_from(s, name="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("%s should be a bytes-like object or ASCII string, not %r" % (name, type(s).__name__))


def b64encode(s, altchars=None):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not %r" % type(s).__name__)
    table = _B64
    if altchars is not None:
        table = _B64[:62] + bytes(altchars)[:2]
    out = []
    n = len(s)
    for i in range(0, n - n % 3, 3):
        v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out.extend((table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]))
    rest = n % 3
    if rest == 1:
        v = s[n - 1] << 16
        out.extend((table[v >> 18], table[(v >> 12) & 63], 61, 61))
    elif rest == 2:
        v = (s[n - 2] << 16) | (s[n - 1] << 8)
        out.extend((table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], 61))
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        alt = _bytes_from(altchars)
        s = bytes(43 if c == alt[0] else 47 if c == alt[1] else c for c in s)
    values = {}
    for i, c in enumerate(_B64):
        values[c] = i
    bits = 0
    nbits = 0
    out = []
    count = 0
    pad = 0
    for c in s:
        if c == 61:
            pad += 1
            continue
        if c not in values:
            if validate:
                raise _binascii.Error("Only base64 data is allowed")
            continue
        if pad:
            raise _binascii.Error("Discontinuous padding not allowed" if validate else "Incorrect padding")
        bits = (bits << 6) | values[c]
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 255)
    if count % 4 == 1:
        raise _binascii.Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4" % count)
    if count % 4 and (count % 4) + pad < 4:
        raise _binascii.Error("Incorrect padding")
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    enc = b64encode(s)
    lines = [enc[i:i + 76] + b"\n" for i in range(0, len(enc), 76)]
    return b"".join(lines)


def decodebytes(s):
    return b64decode(s)


def b32encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not %r" % type(s).__name__)
    out = []
    for i in range(0, len(s), 5):
        chunk = bytes(s[i:i + 5])
        n = len(chunk)
        v = int.from_bytes(chunk + b"\x00" * (5 - n), "big")
        chars = [_B32[(v >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out.extend(chars[:keep] + [61] * (8 - keep))
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise _binascii.Error("Incorrect padding")
    values = {c: i for i, c in enumerate(_B32)}
    out = []
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        body = quanta.rstrip(b"=")
        v = 0
        for c in body:
            if c not in values:
                raise _binascii.Error("Non-base32 digit found")
            v = (v << 5) | values[c]
        v <<= 5 * (8 - len(body))
        nbytes = {8: 5, 7: 4, 5: 3, 4: 2, 2: 1, 0: 0}.get(len(body))
        if nbytes is None:
            raise _binascii.Error("Incorrect padding")
        out.extend(list(v.to_bytes(5, "big")[:nbytes]))
    return bytes(out)


def b16encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not %r" % type(s).__name__)
    return bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    text = s.decode("ascii")
    for ch in text:
        if ch not in "0123456789ABCDEF":
            raise _binascii.Error("Non-base16 digit found")
    return bytes.fromhex(text)
