# classes for tests/lang/fast_attrs.py: names its objects have that the
# importing module assigns as plain attributes
class Car:
    def __init__(self):
        self._speed = 5
    @property
    def speed(self):
        return self._speed * 2
    def run(self):
        return "running"
    @classmethod
    def make(cls):
        return cls()

class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name

class Base:
    pass
