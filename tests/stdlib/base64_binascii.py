# base64 (standard, URL-safe, Base32, Base16, encodebytes) and binascii's
# Error and hex conversions.
import base64, binascii
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))):
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64decode("Zm9v\nYmFy"), base64.standard_b64encode(b"hi"))
print(base64.encodebytes(b"x" * 60), base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
for bad in ("Zm9", "Z", "Zm9v="):
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify(b"01ff"), isinstance(binascii.Error("x"), ValueError))
