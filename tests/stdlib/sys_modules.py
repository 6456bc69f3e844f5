# sys.modules holds every module imported so far, __main__ included.
import sys
import json
print("json" in sys.modules, sys.modules["json"] is json, "sys" in sys.modules)
main = sys.modules[__name__]
def hello():
    return "hi"
print(getattr(main, "hello")(), main.__name__)
print("csv" in sys.modules)
import csv
print("csv" in sys.modules, sys.modules.get("no_such_module"))
