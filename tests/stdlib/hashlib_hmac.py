# hashlib (OpenSSL's digests) and hmac: hex digests, incremental updates,
# copies, and errors for str data and unknown names.
import hashlib, hmac
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.md5(b"hello world").hexdigest(), hashlib.sha1(b"").hexdigest())
h = hashlib.new("sha512")
h.update(b"a")
h.update(b"bc")
c = h.copy()
c.update(b"d")
print(h.hexdigest()[:32], c.hexdigest()[:32], h.digest_size, h.block_size, h.name)
print(hashlib.sha3_256(b"x").hexdigest(), hashlib.blake2b(b"x").hexdigest()[:32], len(hashlib.blake2s(b"").digest()))
print(sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}))
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size)
print(hmac.new(b"k" * 100, b"msg", "md5").hexdigest(), hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
