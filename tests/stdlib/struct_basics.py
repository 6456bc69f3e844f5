# struct: pack/unpack in every byte order, sizes with native alignment,
# Struct objects, and CPython's errors.
import struct
print(struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -5, 2**62), struct.pack(">I", 1), struct.pack("!h", 258))
print(struct.pack("<?b3sxc", True, -1, b"ab", b"z"), struct.pack("<fd", 1.5, -2.25))
print(struct.unpack("<hHiI", b"\xfe\xff\xff\xff\xfd\xff\xff\xff\x00\x28\x6b\xee"), struct.unpack(">d", struct.pack(">d", 3.14159)))
print(struct.calcsize("<iqh"), struct.calcsize("@ih"), struct.calcsize("@hi"), struct.calcsize("<5s"), struct.calcsize("=q"))
print(struct.unpack("<3s?c", b"abc\x01d"), struct.unpack_from("<H", b"\x00\x01\x02", 1), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
s = struct.Struct("<Ii")
print(s.size, s.pack(7, -7), s.unpack(s.pack(7, -7)))
for bad in (lambda: struct.pack("<b", 200), lambda: struct.pack("<i", 1, 2), lambda: struct.unpack("<i", b"ab"), lambda: struct.pack("<s", "str")):
    try:
        bad()
    except struct.error as e:
        print("error", e)
