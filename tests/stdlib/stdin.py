# stdin: first\nsecond\nthird\nfourth\nfifth\nsixth\nseventh\nlast line no newline
import sys

print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.read(3)))
print(repr(next(sys.stdin)))
for line in sys.stdin:
    print("iter", repr(line))
    break
print(repr(input()))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
print(iter(sys.stdin) is sys.stdin, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdin.name, sys.stdin.mode)

import io
print(isinstance(sys.stdin, io.TextIOWrapper))
real = sys.stdin
sys.stdin = io.StringIO("from stringio\nsecond\n")
print(repr(input()), repr(input("p: ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = real
print(sys.stdin.seekable())
try:
    sys.stdin.tell()
except OSError as e:
    print("OSError", e)
