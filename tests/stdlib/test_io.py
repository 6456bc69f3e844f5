# io.StringIO / io.BytesIO, print into them, sys.stdout replaced,
# contextlib.redirect_stdout
import io
import sys
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.tell())
s.write("line2\nline3")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("W")
print(repr(s.getvalue()))
s.seek(0, io.SEEK_END)
s.write("!")
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("x")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print([line for line in t], t.closed)
t.close()
print(t.closed)
try:
    t.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
with io.StringIO("ctx") as u:
    print(u.read())
print(u.closed)

b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.readline())
b2 = io.BytesIO()
b2.write(b"x\ny\n")
b2.seek(0)
print(b2.readlines(), list(io.BytesIO(b"1\n2")))
try:
    b2.write("str")
except TypeError as e:
    print("TypeError", e)

buf = io.StringIO()
print("to", "buf", sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as f:
    print("captured", 1, 2)
    with redirect_stdout(io.StringIO()) as g:
        print("inner")
    print("outer again")
print(repr(f.getvalue()), repr(g.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("back", repr(captured))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
