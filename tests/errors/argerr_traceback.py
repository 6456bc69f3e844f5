# A call missing required arguments: the traceback ends at the call (the
# callee's frame is not shown, as in CPython).
import traceback
def need2(a, b):
    return a + b
class K:
    def m(self, x):
        return x
for call in (lambda: need2(1), lambda: K().m()):
    try:
        call()
    except TypeError as e:
        print(e)
        print([l.strip() for l in traceback.format_exc().splitlines() if l.strip().startswith("def ")])
