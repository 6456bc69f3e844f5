"""secrets: random numbers for security tokens, from os.urandom."""

import os as _os
import base64 as _base64

__all__ = ["choice", "randbelow", "randbits", "token_bytes", "token_hex", "token_urlsafe", "compare_digest",
           "SystemRandom"]

DEFAULT_ENTROPY = 32


def randbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    if k > 63:
        raise OverflowError("Aster ints are 64-bit: randbits(%d) is too large" % k)
    n = int.from_bytes(_os.urandom((k + 7) // 8), "big")
    return n >> ((k + 7) // 8 * 8 - k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    return _os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    return _base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    import hmac
    return hmac.compare_digest(a, b)


class SystemRandom:
    def random(self):
        return (int.from_bytes(_os.urandom(7), "big") >> 3) * 2.0 ** -53

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        n = (stop - start + step - 1) // step
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return choice(seq)

    def getrandbits(self, k):
        return randbits(k)
