"""hashlib: message digests from OpenSSL (md5, sha1, the sha2 and sha3
families, blake2b/blake2s at their full sizes). A hash object keeps what
it was given; digest() hashes all of it."""

import _hashlib

__all__ = ["new", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "blake2b", "blake2s", "algorithms_guaranteed", "algorithms_available",
           "file_digest"]

_OPENSSL_NAMES = {"md5": "MD5", "sha1": "SHA1", "sha224": "SHA224", "sha256": "SHA256", "sha384": "SHA384",
                  "sha512": "SHA512", "sha3_224": "SHA3-224", "sha3_256": "SHA3-256", "sha3_384": "SHA3-384",
                  "sha3_512": "SHA3-512", "blake2b": "BLAKE2b512", "blake2s": "BLAKE2s256",
                  "sha512_224": "SHA512-224", "sha512_256": "SHA512-256"}

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                         "sha3_384", "sha3_512", "blake2b", "blake2s"}
algorithms_available = set(algorithms_guaranteed) | {"sha512_224", "sha512_256"}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, name, data=b""):
        key = name.lower().replace("-", "_")
        if key not in _OPENSSL_NAMES:
            raise ValueError("unsupported hash type " + name)
        self.name = key
        self._ossl = _OPENSSL_NAMES[key]
        self._parts = []
        d = _hashlib.digest(self._ossl, b"")
        self.digest_size = len(d[0])
        self.block_size = d[1]
        if data:
            self.update(data)

    def update(self, data):
        self._parts.append(_as_bytes(data))

    def digest(self):
        return _hashlib.digest(self._ossl, b"".join(self._parts))[0]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._parts = list(self._parts)
        return h

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


def new(name, data=b"", **kwargs):
    return _Hash(name, data)


def md5(data=b"", *, usedforsecurity=True):
    return _Hash("md5", data)


def sha1(data=b"", *, usedforsecurity=True):
    return _Hash("sha1", data)


def sha224(data=b"", *, usedforsecurity=True):
    return _Hash("sha224", data)


def sha256(data=b"", *, usedforsecurity=True):
    return _Hash("sha256", data)


def sha384(data=b"", *, usedforsecurity=True):
    return _Hash("sha384", data)


def sha512(data=b"", *, usedforsecurity=True):
    return _Hash("sha512", data)


def sha3_224(data=b"", *, usedforsecurity=True):
    return _Hash("sha3_224", data)


def sha3_256(data=b"", *, usedforsecurity=True):
    return _Hash("sha3_256", data)


def sha3_384(data=b"", *, usedforsecurity=True):
    return _Hash("sha3_384", data)


def sha3_512(data=b"", *, usedforsecurity=True):
    return _Hash("sha3_512", data)


def blake2b(data=b"", *, usedforsecurity=True):
    return _Hash("blake2b", data)


def blake2s(data=b"", *, usedforsecurity=True):
    return _Hash("blake2s", data)


def file_digest(fileobj, digest):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(65536)
        if not chunk:
            break
        h.update(chunk)
    return h
