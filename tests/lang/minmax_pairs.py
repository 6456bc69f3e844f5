# min/max of two arguments: the comparisons CPython makes, in its order
class V:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): print("lt", self.tag, o.tag); return self.v < o.v
    def __repr__(self): return self.tag
class G:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __gt__(self, o): print("gt", self.tag, o.tag); return self.v > o.v
    def __repr__(self): return self.tag
print(min(3, 1), max(3, 1), min(2, 2.0), max(2, 2.0), min("b", "a"), max([1], [0, 5]))
print(min(V(1, "a"), V(1, "b")), max(V(1, "a"), V(1, "b")), min(V(2, "a"), V(1, "b")), max(V(1, "a"), V(2, "b")))
print(min(G(1, "a"), G(0, "b")), max(G(1, "a"), G(2, "b")))
try:
    min(1, "a")
except TypeError as e:
    print(e)
print(min(3, 1, key=lambda x: -x), max(3, 1, key=lambda x: -x), min(5, 2, 9), max([4, 8]))
