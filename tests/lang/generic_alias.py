# Generic aliases: list[int], dict[str, int], unions, typing.Generic subclasses.
print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type[int], list[int](range(3)), list[int].__origin__, list[int].__args__, dict[str,int]().__class__)
import collections
print(collections.deque[int], list[int] == list[int], list[int] | None, tuple[()], list['X'], list[None])
class C:
    def __class_getitem__(cls, item): return f'C[{item}]'
print(C[int])
from typing import Generic, TypeVar
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box[int](3).v, Box.__mro__)
print(int | None, int | str | None, isinstance(3, int | str), isinstance(3.0, int | str), (int | str) == (int | str))
print(dict[str, list[int]], dict[str, int](a=1), collections.Counter[str], collections.defaultdict[str, int](int))
x: list[int] = [1]
def f(a: dict[str, int]) -> list[str]:
    return list(a)
print(f({"k": 1}), x, f.__annotations__ if False else "")
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
class L(list[int]):
    pass
l = L([1,2])
print(l, L.__mro__, isinstance(l, list))
from typing import Generic, TypeVar
T = TypeVar("T")
class B(Generic[T]):
    pass
class D(B[int]):
    pass
print(D.__mro__)
