# "Did you mean" on NameError and AttributeError, as CPython 3.11 prints it
# (in tracebacks and traceback.format_exc(); str(e) has none): the frame's
# locals, then the module's names, then the builtins; an object's dir();
# a module's names.
import math
import traceback


class C:
    def __init__(self):
        self.value = 1
        self.items = []


counter = 0


def local_typo():
    counter_value = 3
    return counter_valeu


def param_typo(alpha, beta):
    return alpah + beta


cases = [
    lambda: local_typo(),
    lambda: param_typo(1, 2),
    lambda: countr,
    lambda: pritn("x"),
    lambda: Print(1),
    lambda: zzzqqq,
    lambda: C().valeu,
    lambda: C().item,
    lambda: [1].apend(2),
    lambda: math.sqr(4),
    lambda: {}.iteritems(),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(traceback.format_exc().splitlines()[-1], "|", e)
print(C().valeu)
# expect-stderr: AttributeError: 'C' object has no attribute 'valeu'. Did you mean: 'value'?
