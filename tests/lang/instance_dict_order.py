# vars(obj) / obj.__dict__ list attributes in the order the class's methods
# assign them (__init__ first, bases first), dataclass fields in field order;
# zero-argument super() in a module that calls vars()
import json
class P:
    def __init__(self):
        self.name = "n"
        self.age = 3
        self.city = "c"
        self.zip = 1
p = P()
print(vars(p))
print(json.dumps(p.__dict__))
class Q:
    def __init__(self):
        self.b = 1
        self.a = 2
print(Q().__dict__)
class Base:
    def __init__(self):
        self.base_attr = 1
        self.shared = 0
class Child(Base):
    def __init__(self):
        super().__init__()
        self.child_attr = 2
        self.shared = 5
    def later(self):
        self.late = 9
c = Child()
c.late = 3
c.dynamic = 4
print(vars(c))
from dataclasses import dataclass, asdict
@dataclass
class DC:
    zeta: int
    alpha: str = "a"
    mid: float = 1.5
dc = DC(1)
print(vars(dc), asdict(dc))
class Slots:
    def setup(self, flag):
        if flag:
            self.first = 1
        else:
            self.second = 2
        for self.loop_var in range(2):
            pass
s = Slots(); s.setup(True); s.loop_var = 0
print(vars(s))
