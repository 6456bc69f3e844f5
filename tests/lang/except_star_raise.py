# except*: what the handlers raise, combined with what is left unhandled as
# PEP 654 says (a bare raise keeps the group's shape, new exceptions come first
# in a new ExceptionGroup, one exception alone is raised as itself).
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__)[:60])
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError('x')
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('x')
def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('x')
    except* TypeError:
        raise OSError('y')
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("r")
def g():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("k")
for fn in (a, b, c, d, e, f, g):
    t(fn)
