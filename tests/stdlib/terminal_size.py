# os.cpu_count from the system, os.get_terminal_size (refused off a
# terminal), os.terminal_size, shutil.get_terminal_size with COLUMNS and
# its fallback.
import os, shutil
print(os.cpu_count() >= 1)
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
print(shutil.get_terminal_size())
print(shutil.get_terminal_size((100, 30)))
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size().columns, os.terminal_size((3, 4)))
try:
    os.get_terminal_size()
except OSError as e:
    print("OSError", e.errno)
