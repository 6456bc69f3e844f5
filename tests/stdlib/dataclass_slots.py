# dataclass(slots=True) gives the class __slots__ with its field names.
from dataclasses import dataclass, field
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
print(P.__slots__, P(1), P(1, 2) == P(1, 2))
@dataclass(slots=True, frozen=True)
class F:
    a: str
print(F.__slots__, F("q"), hash(F("q")) == hash(F("q")))
