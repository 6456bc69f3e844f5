# uuid: parsing and formatting, uuid3/4/5/1, namespaces, immutability.
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.version, u.variant, u.urn, u.fields)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
a = uuid.uuid4()
print(a.version, len(str(a)), a == uuid.UUID(str(a)), uuid.UUID(bytes=a.bytes) == a, len({a, uuid.UUID(a.hex)}))
print(uuid.uuid1().version, uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, u < uuid.UUID("12345678-1234-5678-1234-567812345679"), uuid.UUID(bytes_le=u.bytes_le) == u)
try:
    uuid.UUID("xyz")
except ValueError as e:
    print(e)
try:
    u.x = 1
except TypeError as e:
    print(e)
