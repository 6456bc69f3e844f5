def boom():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    boom()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions])

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(eg, eg.message, len(eg.exceptions), isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
match, rest = eg.split(ValueError)
print(repr(match.message), [type(e).__name__ for e in match.exceptions], rest.exceptions[0].exceptions[0])
print(eg.subgroup(TypeError).exceptions[0].exceptions[0], eg.subgroup(KeyError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled the ValueError")
except ExceptionGroup as rest:
    print("left over:", [str(e) for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked in a group:", type(eg).__name__, [str(e) for e in eg.exceptions])
