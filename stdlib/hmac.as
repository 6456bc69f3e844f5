"""hmac: keyed hashing (RFC 2104) on top of hashlib, and compare_digest."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]



def _digest_cons(digestmod):
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return digestmod


class HMAC:
    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        cons = _digest_cons(digestmod if digestmod != "" else None)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        blocksize = self._inner.block_size
        if len(key) > blocksize:
            key = cons(key).digest()
        key = bytes(key) + b"\x00" * (blocksize - len(key))
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        self.block_size = blocksize
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def digest(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types")
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= (ord(x) ^ ord(y)) if isinstance(x, str) else (x ^ y)
    return result == 0
