# globals() lists the module's names in the order the source binds them.
import sys
def test_zebra(): pass
def test_apple(): pass
class TestMid: pass
x = 1
print([n for n in globals() if n.startswith(("test_", "Test"))])
print(list(globals())[-5:])
