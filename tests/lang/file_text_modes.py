# open() in text mode: encoding=, errors=, newline= (universal newlines on
# read, translation on write), mixing readline/read(n)/iteration, tell/seek
import os
p = "fenc_tmp.txt"
with open(p, "wb") as f:
    f.write(b"caf\xe9\r\nline2\rline3\n")
with open(p, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(p, encoding="latin-1", newline="") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1") as f:
    print([l for l in f])
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(p, errors="replace") as f:
    print(repr(f.readline()), repr(f.readline()))
with open(p, "w", encoding="latin-1") as f:
    f.write("é€?" if False else "éa")
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(p, "w", encoding="utf-8") as f:
    f.write("é😀\n")
with open(p) as f:
    print(repr(f.read(1)), repr(f.read()))
for bad in [lambda: open(p, encoding="nope"), lambda: open(p, "rb", encoding="utf-8"), lambda: open(p, newline="x")]:
    try:
        bad()
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
    print("c", file=f)
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.readline()), repr(f.read(2)), [l for l in f])
with open(p, "w") as f:
    f.write("héllo\nwörld\nend")
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.readlines(), repr(f.readline()), repr(f.read()))
with open(p) as f:
    f.seek(7)
    print(repr(f.read()))
os.remove(p)
