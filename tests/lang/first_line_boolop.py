print(0 or 5, 1 and 2, [] or "x", int("3") if False else 2)
# A boolean operator or a conditional in the very first line of a file: the
# compiler rewinds its (still empty) output buffer there.
x = int("3") if True else 2
print(x)
