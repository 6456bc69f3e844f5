# Reading a local that no assignment reached raises UnboundLocalError
# naming it (after a branch not taken, an empty loop, del, except-as).
def total(flag):
    if flag:
        t = 10
    return t
try:
    print(total(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(total(True))
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def after_del():
    x = 1
    del x
    return x
try:
    after_del()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def except_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_name()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def ok(xs):
    best = None
    for x in xs:
        y = x * 2
        if best is None or y > best:
            best = y
    with open(__file__) as f:
        data = f.read()
    try:
        v = int("5")
    except ValueError:
        v = 0
    return best, len(data) > 0, v
print(ok([1, 3, 2]))
def aug():
    if False:
        n = 0
    n += 1
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def falsy():
    x = False
    if x == False:
        z = 0
    return z, x
print(falsy())
