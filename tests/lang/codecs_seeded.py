# 400 seeded random byte strings decoded (and encoded back) with every codec
# and handler: the same results as CPython, checked by a checksum
import random
random.seed(7)
out = []
for n in range(400):
    b = bytes(random.choice([random.randrange(256), random.randrange(128), 0xC3, 0xE2, 0xF0, 0x80, 0xED]) for _ in range(random.randrange(1, 9)))
    for enc in ("utf-8", "ascii", "latin-1"):
        for h in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
            try:
                s = b.decode(enc, h)
                r = repr(s)
                try:
                    back = s.encode(enc, "surrogateescape" if h == "surrogateescape" else "strict")
                    r += " " + repr(back)
                except UnicodeEncodeError as e:
                    r += " E" + str(e.start) + "-" + str(e.end)
            except UnicodeDecodeError as e:
                r = "D%d-%d %s" % (e.start, e.end, e.reason)
            out.append(r)
h = 0
for r in out:
    for ch in r:
        h = (h * 31 + ord(ch)) % 1000000007
print(len(out), h)
print(out[0], out[1500], out[3000], out[4500], sep="\n")
