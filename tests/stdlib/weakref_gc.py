# weakref and gc: refs (identity of callback-less refs, equality, hash,
# callbacks), WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize,
# WeakMethod, proxy, and objects going at gc.collect(). (Objects are made
# and dropped inside functions: a collector that scans the stack may still
# see a value in a dead temporary of the running frame.)
import weakref, gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def meth(self):
        return self.name


def pop_collect(l):
    l.pop()
    gc.collect()


def clear_collect(l):
    l.clear()
    gc.collect()


events = []
holder = []


def make_refs():
    holder.append(Obj("a"))
    o = holder[0]
    r = weakref.ref(o)
    r2 = weakref.ref(o, lambda ref: events.append("cb"))
    print(r() is o, r is weakref.ref(o), r2 is r, r == r2, hash(r) == hash(o), weakref.getweakrefcount(o))
    return r, r2


def drop():
    holder.clear()
    gc.collect()


r, r2 = make_refs()
drop()
print(r(), r2(), events, r == r2)
for bad in (1, "s", [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)


def fill(d, store):
    for i in range(5):
        store.append(Obj(i))
        d[i] = store[-1]
    store.append(Obj("tmp"))
    d["tmp"] = store[-1]


d = weakref.WeakValueDictionary()
keep = []
fill(d, keep)
print(len(d), d.get("tmp"), "tmp" in d, d[0])
pop_collect(keep)
print(len(d), "tmp" in d, d.get("tmp", "gone"), sorted(d.keys()), sorted(x.name for x in d.values()))
try:
    d["tmp"]
except KeyError as e:
    print("KeyError", e)

def wkd():
    wk = weakref.WeakKeyDictionary()
    keys = [Obj("x"), Obj("y")]
    wk[keys[0]] = 1
    wk[keys[1]] = 2
    print(len(wk), wk[keys[0]], keys[0] in wk, sorted(wk.values()))
    return wk, keys

def drop_first(keys):
    del keys[0]
    gc.collect()

wk, keys = wkd()
drop_first(keys)
print(len(wk), [k.name for k in wk], list(wk.items()))

def ws_make():
    ws = weakref.WeakSet()
    members = [Obj("p"), Obj("q")]
    for m in members:
        ws.add(m)
    ws.add(members[0])
    print(len(ws), members[0] in ws, Obj("z") in ws)
    return ws, members


ws, members = ws_make()
pop_collect(members)
print(len(ws), sorted(x.name for x in ws))

def wm_make(ms):
    wm = weakref.WeakMethod(ms[0].meth)
    print(wm()(), wm() == ms[0].meth)
    return wm


ms = [Obj("m")]
wm = wm_make(ms)
clear_collect(ms)
print(wm())

px = weakref.proxy(keep[0])
print(px.name, px.meth())
ts = [Obj("t")]
pt = weakref.proxy(ts[0])
clear_collect(ts)
try:
    pt.name
except ReferenceError as e:
    print("ReferenceError", e)

calls = []


class Res:
    pass


resources = [Res()]
f = weakref.finalize(resources[0], calls.append, "closed")
print(f.alive)
clear_collect(resources)
print(calls, f.alive)
resources.append(Res())
f2 = weakref.finalize(resources[0], calls.append, "early")
print(f2(), f2.alive, calls, f2())
resources.append(Res())
f3 = weakref.finalize(resources[1], print, "at exit")

print(gc.isenabled(), gc.collect() >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()))
