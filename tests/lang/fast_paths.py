# zip iteration, x in list, list slices and str indexing on their fast paths
# give what the general ones do.
print(list(zip([1,2,3],"ab")), dict(zip("ab",[1,2])), [a+b for a,b in zip([1,2],[3,4,5])])
for a, b, c in zip([1],[2],[3]): print(a,b,c)
z = zip([1,2],[3,4])
print(next(z), list(z))
print(5 in [1,2,5], 5 in [1,2], 1 in [True], True in [1], 1.0 in (1,), "a" in ["b","a"], None in [None], (1,2) in [(1,2)], [1] in [[1]])
class E:
    def __eq__(s, o): return o == 3
    __hash__ = None
print(3 in [E()], E() in [3], 4 in [E()])
l = list(range(10))
t = tuple(l)
print(l[2:5], l[:3], l[7:], l[-3:], l[:-8], l[5:2], l[-100:100], l[3:3], t[1:4], l[::2], l[8:-1], type(t[1:2]).__name__)
class L(list): pass
print(type(L([1,2])[0:1]).__name__)
s = "héllo wörld"
print(s[0], s[1], s[-1], s[-5], "abc"[2], ("x"*100)[50], ("é"*100)[99])
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    "abc"[-4]
except IndexError as e:
    print(e)
t = "a" * 1000 + "é"
print(sum(1 for i in range(len(t)) if t[i] == "a"), t[1000])
