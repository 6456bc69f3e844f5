# shutil (copy, copytree, move, rmtree, which) and secrets (tokens, randbelow,
# choice).
import shutil, os, secrets, tempfile
with tempfile.TemporaryDirectory() as td:
    src = os.path.join(td, "src")
    os.makedirs(os.path.join(src, "a", "b"))
    with open(os.path.join(src, "a", "f.txt"), "w") as f:
        f.write("hello")
    with open(os.path.join(src, "top.bin"), "wb") as f:
        f.write(b"\x00\x01")
    dst = shutil.copytree(src, os.path.join(td, "dst"))
    print(sorted(os.listdir(dst)), sorted(os.listdir(os.path.join(dst, "a"))), open(os.path.join(dst, "a", "f.txt")).read())
    c = shutil.copy(os.path.join(src, "top.bin"), os.path.join(td, "dst", "a"))
    print(os.path.basename(c), open(c, "rb").read())
    m = shutil.move(os.path.join(td, "dst"), os.path.join(td, "moved"))
    print(os.path.basename(m), os.path.exists(os.path.join(td, "dst")), os.path.isdir(m))
    shutil.rmtree(m)
    print(os.path.exists(m), sorted(os.listdir(td)))
    try:
        shutil.copyfile(os.path.join(src, "top.bin"), os.path.join(src, "top.bin"))
    except shutil.SameFileError:
        print("SameFileError")
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) >= 21, 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc")
