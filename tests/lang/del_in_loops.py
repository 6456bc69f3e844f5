# A name deleted (del, or the end of an except-as) later in a loop body is
# unbound on the next pass: reading it raises UnboundLocalError.
def f():
    x = 1
    for i in range(2):
        print(type(x).__name__)
        del x
try:
    f()
except UnboundLocalError as e:
    print("ULE")
def g():
    x = 1
    for i in range(2):
        del x
    print("no error")
try:
    g()
except UnboundLocalError as e:
    print("ULE")
def h():
    for i in range(2):
        if i:
            try:
                print(e)
            except UnboundLocalError as u:
                print("ULE", u)
        try:
            raise KeyError(i)
        except KeyError as e:
            pass
h()
def w():
    n = 0
    y = 5
    while n < 2:
        n += 1
        if n == 2:
            try:
                print(y)
            except UnboundLocalError:
                print("ULE y")
        del y
        y = n if n == 1 else None
    print(y)
w()
