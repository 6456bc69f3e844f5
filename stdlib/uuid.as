"""uuid: UUID objects, uuid4 (random), uuid3/uuid5 (name-based, md5/sha1),
uuid1 (time-based, random node) and the standard namespaces. A UUID is
kept as its 16 bytes: Aster's ints are 64-bit, so UUID.int raises
OverflowError (build one from hex, bytes or fields instead)."""

import os as _os
import time as _time
import hashlib as _hashlib

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID",
           "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"


def _with_version(b, version):
    b = list(b)
    b[8] = (b[8] & 0x3f) | 0x80
    b[6] = (b[6] & 0x0f) | (version << 4)
    return bytes(b)


class UUID:
    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            try:
                bytes = _bytes_type.fromhex(hex)
            except ValueError:
                raise ValueError("badly formed hexadecimal UUID string")
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if fields is not None:
            time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
            bytes = (time_low.to_bytes(4, "big") + time_mid.to_bytes(2, "big") + time_hi_version.to_bytes(2, "big")
                     + _bytes_type([clock_seq_hi_variant, clock_seq_low]) + node.to_bytes(6, "big"))
        if int is not None:
            if int < 0:
                raise ValueError("int is out of range (need a 128-bit value)")
            bytes = int.to_bytes(16, "big")
        if len(bytes) != 16:
            raise ValueError("bytes is not a 16-char string")
        bytes = _bytes_type(bytes)
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            bytes = _with_version(bytes, version)
        self.__dict__["bytes"] = bytes

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.bytes == other.bytes
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.bytes < other.bytes
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.bytes > other.bytes
        return NotImplemented

    def __hash__(self):
        return hash(self.bytes)

    def __str__(self):
        h = self.hex
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    @property
    def hex(self):
        return self.bytes.hex()

    @property
    def int(self):
        return _int_type.from_bytes(self.bytes, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        v = self.bytes[8]
        if not v & 0x80:
            return RESERVED_NCS
        if not v & 0x40:
            return RFC_4122
        if not v & 0x20:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return self.bytes[6] >> 4
        return None

    @property
    def fields(self):
        b = self.bytes
        return (_int_type.from_bytes(b[0:4], "big"), _int_type.from_bytes(b[4:6], "big"),
                _int_type.from_bytes(b[6:8], "big"), b[8], b[9], _int_type.from_bytes(b[10:16], "big"))

    @property
    def time_low(self):
        return self.fields[0]

    @property
    def node(self):
        return self.fields[5]


_bytes_type = bytes
_int_type = int


def uuid4():
    return UUID(bytes=_os.urandom(16), version=4)


def uuid3(namespace, name):
    if isinstance(name, str):
        name = name.encode("utf-8")
    return UUID(bytes=_hashlib.md5(namespace.bytes + name).digest()[:16], version=3)


def uuid5(namespace, name):
    if isinstance(name, str):
        name = name.encode("utf-8")
    return UUID(bytes=_hashlib.sha1(namespace.bytes + name).digest()[:16], version=5)


def uuid1(node=None, clock_seq=None):
    timestamp = int(_time.time() * 1e7) + 0x01b21dd213814000
    if clock_seq is None:
        clock_seq = int.from_bytes(_os.urandom(2), "big") & 0x3fff
    if node is None:
        node = int.from_bytes(_os.urandom(6), "big") | 0x010000000000
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    return UUID(fields=(time_low, time_mid, time_hi_version, (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node),
                version=1)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
