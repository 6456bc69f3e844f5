# collections.abc: inheritance, register(), structural checks, mixins, annotations
from collections.abc import (AsyncIterator, Iterable, Iterator, Mapping, MutableMapping, Sequence,
                             Sized, Callable, Hashable, Awaitable, MutableSequence, Set)
import collections.abc
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance((1,), Sequence), isinstance([], MutableSequence), isinstance("s", Sequence), isinstance({1}, Set))
print(isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance([], Sized), issubclass(list, Sized))
print(isinstance(3, (str, Iterable)), isinstance("x", (int, Iterable)), issubclass(dict, (Sequence, Mapping)))
class Box:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Iterator))
class Frozen(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
f = Frozen({"a": 1, "b": 2})
print(f.get("a"), f.get("z", 0), "a" in f, sorted(f.keys()), sorted(f.items()), sorted(f.values()), f == {"a": 1, "b": 2})
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
async def gen():
    yield 1
print(isinstance(gen(), AsyncIterator), collections.abc.Mapping is Mapping)
def annotated(x: AsyncIterator[str]) -> Mapping[str, int]: return x
print(annotated(5))
