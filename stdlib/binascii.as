"""binascii: the Error class base64 raises, and hex conversions."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, (bytes, bytearray)):
        hexstr = bytes(hexstr).decode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr)
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify
