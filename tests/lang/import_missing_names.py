# from-imports of missing names raise ImportError (with .name), also from
# modules with a module-level __getattr__ (typing, collections).
try:
    from typing import override_does_not_exist
except ImportError as e:
    print("ImportError", e.name, str(e).split(" (")[0])
try:
    from collections import NoSuchThing
except ImportError as e:
    print("ImportError", e.name, str(e).split(" (")[0])
try:
    from json import nothing_here
except ImportError as e:
    print("ImportError", e.name, str(e).split(" (")[0])
from typing import List, Optional
print(List, Optional[int])
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
