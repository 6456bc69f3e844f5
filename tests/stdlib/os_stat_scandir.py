# os: stat/lstat (stat_result), scandir as a context manager, chmod, chdir,
# access, replace, symlink, urandom, devnull/pathsep; os.path: getmtime,
# islink, realpath, commonprefix, commonpath, expandvars; the stat module.
import os, os.path, tempfile, stat
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("hello")
os.mkdir(os.path.join(d, "sub"))
st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), isinstance(st.st_mtime, float), st[6], len(st), st.st_mtime == os.path.getmtime(p))
print(os.path.islink(p), os.access(p, os.R_OK), os.access(os.path.join(d, "nope"), os.F_OK))
os.symlink(p, os.path.join(d, "ln")) if hasattr(os, "symlink") else None
with os.scandir(d) as it:
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
print(entries)
os.chmod(p, 0o600)
print(oct(os.stat(p).st_mode & 0o777))
cwd = os.getcwd()
os.chdir(d)
print(os.path.realpath("f.txt") == os.path.realpath(p), os.getcwd() == os.path.realpath(d))
os.chdir(cwd)
os.replace(p, os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib/x", "/usr/local"]), os.path.commonpath(["a/b", "a/c"]))
os.environ["ASTER_T"] = "v"
print(os.devnull, os.pathsep, len(os.urandom(16)), type(os.urandom(4)).__name__)
try:
    os.stat(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
print(os.path.expandvars("$HOME") == os.environ.get("HOME"), os.path.expandvars("x${NOPE_VAR_Q}y"))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644), os.readlink(os.path.join(d, "ln")) == os.path.join(d, "g.txt"))
