# A for loop's variable bound as the Lua loop's own control variable (when
# nothing outside the loop can see it) behaves as Python's: nested loops,
# rebinding, else clauses, closures, generators, unbound after no items.
def f():
    out = []
    for i in range(3):
        for j in range(2):
            out.append((i, j))
    for i in range(2):
        try:
            out.append(i)
        except Exception:
            pass
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for w in ["x", "y"]:
        out.append(w * 2)
    for k in range(3):
        pass
    else:
        out.append(k)
    for m in range(3):
        m = m * 2
        out.append(m)
    for n in range(2):
        out.append([n * q for q in range(2)])
    for p in range(2):
        for p in range(5, 7):
            pass
        out.append(p)
    for z in range(3):
        if z == 1:
            continue
        out.append(z)
    return out
print(f())
def g():
    for i in range(3):
        yield i
    for a, a in [(1, 2)]:
        yield a
print(list(g()))
def h():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [x() for x in fs]
print(h())
def u():
    for i in range(0):
        pass
    try:
        print(i)
    except UnboundLocalError as e:
        print("unbound", e)
u()
