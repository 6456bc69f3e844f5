# Index and conversion messages name what is indexed, as CPython's; dict()
# update-sequence and list.sort argument messages.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


xs = [10, 20, 30]
half = 1.5
show(lambda: xs[half])
show(lambda: "abc"[half])
show(lambda: range(3)[half])
show(lambda: b"ab"[half])
show(lambda: xs["a"])
show(lambda: xs[half:2])
show(lambda: xs.insert(half, 0))
show(lambda: xs.index(10, half))
show(lambda: "abc".find("a", half))
show(lambda: dict([1, 2]))
show(lambda: dict(["ab", "abc"]))
show(lambda: [3, 1].sort(1))
