# typing's abstract collections are collections.abc's classes: isinstance,
# issubclass and subclassing work; Union/Optional in isinstance; subscripted
# generics refuse instance checks.
import typing
from typing import Sequence, Mapping, Iterable, Callable, List, Dict, Union
for f in (lambda: (isinstance([], Sequence), isinstance({}, Mapping), isinstance("s", Iterable), isinstance(len, Callable)),
          lambda: (isinstance([], List), isinstance({}, Dict)),
          lambda: isinstance(1, Union[int, str])):
    try:
        print(*f()) if isinstance(f(), tuple) else print(f())
    except Exception as e:
        print(type(e).__name__, e)
from typing import Iterator, Generator, Optional, Any
print(Sequence[int], Callable[[int], str], Iterator[int], Mapping[str, Any], Optional[int], isinstance(None, Optional[int]))
class MySeq(Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
m = MySeq([1, 2, 3])
print(list(m), 2 in m, m.index(3), list(reversed(m)), isinstance(m, Sequence))
def g() -> Generator[int, None, None]:
    yield 1
print(list(g()), issubclass(list, Sequence), issubclass(int, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print(e)
