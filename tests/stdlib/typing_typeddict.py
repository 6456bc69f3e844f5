# TypedDict: instances are plain dicts; keys and required/optional keys
# gather from the bases; total=False; the functional syntax makes a class.
from typing import TypedDict
class Base(TypedDict):
    id: int
class User(Base):
    name: str
class Opt(User, total=False):
    nick: str
u = User(id=1, name="a")
print(type(u), type(u) is dict, u)
print(sorted(User.__annotations__), sorted(User.__required_keys__), sorted(Opt.__optional_keys__), sorted(Opt.__required_keys__), Opt.__total__)
P = TypedDict("P", {"x": int, "y": int})
p = P(x=1, y=2)
print(p, type(p) is dict, sorted(P.__required_keys__), P.__name__)
Q = TypedDict("Q", {"z": str}, total=False)
print(sorted(Q.__optional_keys__), Q(z="a"))
