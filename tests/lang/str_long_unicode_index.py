# Indexing, slicing and len of long non-ASCII strings, in orders that move
# back and forth (Aster remembers where the last code-point offset was in
# a long string; every answer must be the same as a fresh count).
import hashlib
import random

rng = random.Random(7)
alphabet = "aé日😀bΩ\n"
texts = ["".join(rng.choice(alphabet) for _ in range(n)) for n in (70, 300, 1000)]
texts.append("x" * 200 + "é")
out = []
for s in texts:
    n = len(s)
    out.append(n)
    for _ in range(300):
        i = rng.randrange(-n - 3, n + 3)
        j = rng.randrange(-n - 3, n + 3)
        out.append(s[i:j])
        if -n <= i < n:
            out.append(s[i])
        out.append(s[i:])
        out.append(s[:j])
    pos = 0
    total = 0
    while pos < len(s):
        total += ord(s[pos])
        pos += 1
    out.append(total)
    out.append(s[::-1][:5] + s[::7][:5])
print(len(out), hashlib.md5("|".join(map(str, out)).encode()).hexdigest())
print(sum(len(x) if isinstance(x, str) else x for x in out))
print(repr(texts[0][10:20]), repr(texts[2][-5:]), repr(texts[3][195:]))
