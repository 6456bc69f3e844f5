# Module-level names read where the module's code may not have bound them
# (assigned only in a branch or an empty loop, deleted, or unbound at the end
# of an except-as block) raise NameError, as CPython's globals do.
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
for i in []:
    pass
try:
    print(i)
except NameError as err:
    print(type(err).__name__, err)
x = 1
del x
try:
    print(x)
except NameError as err:
    print(type(err).__name__, err)
if len([]) > 5:
    y = 2
try:
    print(y)
except NameError as err:
    print(type(err).__name__, err)


def init():
    global CONFIG
    CONFIG = {"debug": True}


init()
print(CONFIG)
print(z)  # expect-stderr: NameError: name 'z' is not defined
z = 3
