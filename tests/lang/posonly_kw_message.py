# Positional-only parameters passed as keywords: every one named in the
# message; a **kwargs function takes such names as keywords.
def posonly(a, b, /, c):
    return a, b, c


try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)


def po2(a, /, *args, k=1, **kw):
    return a, kw


print(po2(1, a=2), posonly(1, 2, c=3))
