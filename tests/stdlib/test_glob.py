# glob: *, ?, [..], ** with recursive=True, hidden files, root_dir, iglob, escape
import glob
import os

base = "_mod_glob_tmp"


def touch(*parts):
    with open(os.path.join(base, *parts), "w") as f:
        f.write("x")


os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
os.makedirs(os.path.join(base, "other"), exist_ok=True)
os.makedirs(os.path.join(base, ".hid"), exist_ok=True)
for p in [("a.py",), ("b.py",), ("c.txt",), ("ab.txt",), (".hidden.py",), ("[x].py",),
          ("sub", "s1.py"), ("sub", "s2.txt"), ("sub", "deep", "d.py"), ("other", "o.py"),
          (".hid", "h.py")]:
    touch(*p)


def show(pattern, **kw):
    print(pattern, kw, sorted(glob.glob(pattern, **kw)))


show(base + "/*.py")
show(base + "/?.py")
show(base + "/[ab]*")
show(base + "/[!a]*.txt")
show(base + "/*")
show(base + "/*/")
show(base + "/*/*.py")
show(base + "/**/*.py")
show(base + "/**/*.py", recursive=True)
show(base + "/**", recursive=True)
show(base + "/**/", recursive=True)
show(base + "/sub/**", recursive=True)
show(base + "/*.py", include_hidden=True)
show(base + "/**/*.py", recursive=True, include_hidden=True)
show(base + "/.*")
show(base + "/a.py")
show(base + "/missing.py")
show(base + "/sub/")
show(base + "/missing/*")
show(base + "/" + glob.escape("[x].py"))
show(base + "/[x].py")
show("*.py", root_dir=base)
show("**/*.txt", root_dir=base, recursive=True)
show("s*/*", root_dir=base)
show("")
print(sorted(glob.iglob(base + "/*/*.py")), type(glob.iglob("*")).__name__ in ("generator", "chain"))
print(glob.escape("a*b?c[d].txt"), glob.escape("plain"), glob.has_magic("a*"), glob.has_magic("abc"))

# clean up
for p in [("a.py",), ("b.py",), ("c.txt",), ("ab.txt",), (".hidden.py",), ("[x].py",),
          ("sub", "s1.py"), ("sub", "s2.txt"), ("sub", "deep", "d.py"), ("other", "o.py"),
          (".hid", "h.py")]:
    os.remove(os.path.join(base, *p))
for d in [("sub", "deep"), ("sub",), ("other",), (".hid",), ()]:
    os.rmdir(os.path.join(base, *d))
print(os.path.exists(base))
