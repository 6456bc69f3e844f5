# Instances of str subclasses ((str, Enum) members) are accepted as the str
# arguments of str methods and of 'in'.
from enum import Enum
class C(str, Enum):
    RED = "red"
    BLUE = "blue"
print(",".join([C.RED, "x"]), C.RED.upper(), f"{C.RED.value}", "red" == C.RED, len(C.RED), C.RED + "!", "x" + C.RED)
print("a-red-b".split(C.RED), "red" in ["a", C.RED], C.RED in "a red", "a red".replace(C.RED, "R"), "a red".find(C.RED), "a red".startswith(C.RED) if False else 0)
print(sorted([C.RED, C.BLUE]), {C.RED: 1}.get("red"), "%s" % C.RED.value, str(C.RED.value), C.RED.value.title())
class Sep(str):
    pass
s = Sep(",")
for f in (lambda: "a,b".split(s), lambda: s in "a,b", lambda: "a,b".replace(s, ";"),
          lambda: "a,b".partition(s), lambda: ",".removesuffix(s)):
    try:
        print(repr(f()) if f is not None else None)
    except TypeError as e:
        print("TypeError", e)
