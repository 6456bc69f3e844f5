# bytearray: the mutable byte string (append, extend, +=, item and slice
# assignment and deletion, pop/insert/remove, the bytes methods giving
# bytearrays), mixed with bytes, files, json, struct and subclasses.
ba = bytearray(b'hi')
print(type(ba).__name__, repr(ba), ba, len(ba))
ba.append(33)
ba[0] = 72
print(ba, bytes(ba), ba == b"Hi!", b"Hi!" == ba, ba.decode())
buf = bytearray()
for i in range(5):
    buf.append(65 + i)
buf += b"xyz"
buf.extend([49, 50])
buf.extend(b"!!")
print(buf, len(buf), buf[0], buf[-1], buf[1:3], buf.upper(), buf.split(b"x"), buf.find(b"xy"))
del buf[0:2]
print(buf, buf.pop(), buf.pop(0), buf)
buf.insert(0, 90); buf.remove(90); buf.reverse(); print(buf)
buf[1:3] = b"--"; print(buf); buf[::2] = b"....."[:len(buf[::2])]; print(buf)
print(isinstance(buf, bytearray), isinstance(buf, bytes), bytearray(3), bytearray("é", "utf-8"), bytearray([1, 2]))
print(bytearray.fromhex("de ad"), bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"ab") * 2, list(bytearray(b"ab")))
print(b"ab" in bytearray(b"xaby"), 97 in bytearray(b"a"), bytearray(b"x").hex(), bytearray(b" a ").strip())
try: hash(bytearray())
except TypeError as e: print(e)
try: bytearray([300])
except ValueError as e: print(e)
try: bytearray(b"a").append("x")
except TypeError as e: print(e)
c = buf.copy(); c.clear(); print(c, buf)
d = {}
import copy
print(copy.copy(bytearray(b"q")), bytearray(b"a") < bytearray(b"b"), str(bytearray(b"s")))
x = bytearray(b"abc"); x[0] += 1; print(x)
import json, base64, hashlib, struct, os
path = "/tmp/aster_bytearray_%d.bin" % os.getpid()
with open(path, "wb") as f:
    f.write(bytearray(b"abc"))
print(open(path, "rb").read())
print(json.loads(bytearray(b'{"a": 1}')), base64.b64encode(bytearray(b"hi")), hashlib.sha256(bytearray(b"x")).hexdigest()[:8])
print(struct.unpack("<H", bytearray(b"\x01\x00")), bytearray(b"a,b").split(b","), b",".join([bytearray(b"a"), b"b"]))
print(bytearray(b"abc").startswith(b"a"), bytearray(b"%d") if False else 1, bytearray(b"A").lower(), int.from_bytes(bytearray(b"\x01\x00"), "big"))
class B2(bytearray): pass
x = B2(b"ab"); x.append(99); print(x, type(x).__name__, len(x))
os.remove(path)
