# tempfile: temporary directories and files with unique names, removed
# when their context ends.
import tempfile, os
d = tempfile.gettempdir()
print(d == "/tmp" or os.path.isdir(d))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("tmp"))
    p = os.path.join(td, "x.txt")
    with open(p, "w") as f:
        f.write("data")
    os.mkdir(os.path.join(td, "sub"))
    with open(os.path.join(td, "sub", "y"), "w") as f:
        f.write("y")
print(os.path.exists(td))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("hello")
    f.seek(0)
    print(f.read(), f.name.endswith(".log"), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
fd, path = tempfile.mkstemp(prefix="abc")
print(os.path.basename(path).startswith("abc"), os.path.exists(path))
os.remove(path)
dd = tempfile.mkdtemp(suffix="_s")
print(dd.endswith("_s"), os.path.isdir(dd))
os.rmdir(dd)
