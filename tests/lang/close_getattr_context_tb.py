# generator.close() on a generator that returns from its GeneratorExit
# handler; a property raising AttributeError falls back to __getattr__;
# the context exception of one raised in a nested handler keeps its frame.
import sys
import traceback


def gen():
    try:
        yield 1
    except GeneratorExit:
        return 5


g = gen()
next(g)
print(g.close())


class G:
    @property
    def p(self):
        raise AttributeError("from prop")

    def __getattr__(self, n):
        return "fallback " + n


print(G().p)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("ctx")
except ValueError:
    text = traceback.format_exc()
    print(text.count("Traceback (most recent call last):"), "line 33" in text, "line 35" in text)
