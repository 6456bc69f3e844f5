# typing: runtime placeholders that can be subscripted and used in annotations
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Generator, AsyncIterator, AsyncGenerator, Awaitable, Coroutine, TypeVar, Generic,
                    Protocol, NamedTuple, TYPE_CHECKING, cast, overload, ClassVar, Sequence, Mapping)

T = TypeVar("T")
K = TypeVar("K", bound=int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, T, K.__name__)


def first(xs: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for x in xs:
        return x
    return default


def apply(f: Callable[[int], str], v: int) -> str:
    return f(v)


def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)


print(first([3, 4]), first([], "d"), apply(str, 5), list(gen(3)))
print(cast(int, "not really"), cast("List[int]", [1]), TYPE_CHECKING)
print(Optional[int] is not None, Union[int, str] is not None, Dict[str, List[int]] is not None)
print(Tuple[int, ...] is not None, Set[str] is not None, Callable[..., Any] is not None)
print(Iterator[int] is not None, AsyncIterator[int] is not None, AsyncGenerator[int, None] is not None)
print(Awaitable[int] is not None, Coroutine[Any, Any, int] is not None, Sequence[int] is not None)


class Greeter(Protocol):
    def greet(self) -> str: ...


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee("guido")
print(e, e.name, e.id, e._replace(id=7), Employee._fields, isinstance(e, tuple))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))


class Config:
    count: ClassVar[int] = 0
    name: str = "cfg"


print(Config.count, Config.name)
Pair = Tuple[int, int]
Json = Union[Dict[str, Any], List[Any], str, int, None]
print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]) == (str, int))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Any, typing.Optional)
print(Union[int, None], Optional[List[str]], Union[int, Union[str, int]], Union[int])
from typing import Deque, DefaultDict, Counter
import collections
print(Deque, Deque[int], DefaultDict[str, int], typing.Counter is Counter, Deque() == collections.deque())
