import os

path = "_files_test_tmp.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second ☃\n")
    f.writelines(["third\n", "fourth"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("does/not/exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.remove(path)
print(os.path.exists(path))
