# pathlib: pure path operations and the common file system ones.
from pathlib import Path, PurePosixPath, PurePath
import os
p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parts, p.anchor, p.is_absolute())
print(list(p.parents)[:2], p.with_suffix(".txt"), p.with_name("x.tar.gz").suffixes, p.relative_to("/usr"))
q = PurePosixPath("a") / "b" / "../c"
print(q, PurePosixPath("a//b/./c"), PurePosixPath(), PurePosixPath("/a", "/b", "c"), "x" / PurePosixPath("y"))
print(p.match("*.py"), p.match("lib/*/site.py"), p.match("/*.py"), PurePath("a.b.c").suffixes, PurePath(".bashrc").suffix)
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), PurePosixPath("a") == PurePosixPath("a/"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
base = Path("/tmp") / ("aster_pathlib_test_%d" % os.getpid())
base.mkdir()
(base / "one.txt").write_text("hello")
(base / "two.py").write_bytes(b"x = 1\n")
print(sorted(f.name for f in base.iterdir()), [f.name for f in base.glob("*.py")], (base / "one.txt").read_text())
print((base / "one.txt").exists(), (base / "nope").exists(), base.is_dir(), (base / "one.txt").is_file(), (base / "one.txt").stat().st_size)
(base / "one.txt").rename(base / "uno.txt")
print(sorted(f.name for f in base.iterdir()))
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError")
base.mkdir(exist_ok=True)
(base / "sub" / "deep").mkdir(parents=True)
print(Path("x/y").absolute() == Path.cwd() / "x" / "y", type(Path("a")).__name__, isinstance(Path("a"), PurePath))
with (base / "uno.txt").open() as f:
    print(f.read())
(base / "sub" / "deep").rmdir()
(base / "sub").rmdir()
for f in base.iterdir():
    f.unlink()
base.rmdir()
print(base.exists())
# PathLike arguments: open() and the os/os.path functions take paths
p = Path("/tmp") / ("aster_fspath_%d.txt" % os.getpid())
with open(p, "w") as f:
    f.write("hi")
print(os.path.exists(p), os.path.getsize(p), os.path.basename(p) == p.name, os.path.join(Path("/a"), "b"), p.name in os.listdir(Path("/tmp")))
os.remove(p)
print(os.path.exists(p), os.fspath(Path("x")), os.fspath("y"))
