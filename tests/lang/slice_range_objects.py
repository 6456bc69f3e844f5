# Slice and range objects as values: their start/stop/step attributes,
# slice.indices, ranges equal as sequences, and a __getitem__ that takes
# slices; divmod of bools.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3).stop, slice(3).start)
print(list(range(20))[s])
r = range(1, 10, 3)
print(r.start, r.stop, r.step, range(5).start)
print(range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5), range(3) == range(4))


class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(10)
            return list(range(start, stop, step))
        return i * 10


q = Seq()
print(q[2], q[1:4], q[::3], q[-3:])
print(divmod(True, 2), divmod(7, True), divmod(-7, 2))
