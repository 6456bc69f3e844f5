# Under `from __future__ import annotations` a def's annotations are kept as
# their source text, so names defined later may appear in them.
from __future__ import annotations
def f(a: Later, b: list[Later] = None) -> Later | None:
    pass
print(f.__annotations__)
class Later: pass
import __future__
print(__future__.annotations, __future__.division.getMandatoryRelease(), "annotations" in __future__.all_feature_names)
from dataclasses import dataclass, field
from typing import ClassVar
class A:
    x: Later
    y: list[int] = []
print(A.__annotations__)
@dataclass
class P:
    a: int
    b: str = "s"
    c: ClassVar[int] = 3
    d: list[int] = field(default_factory=list)
print(P(1), P.__annotations__, P.c)
class Later: pass
