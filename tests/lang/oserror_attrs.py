# OSError: errno/strerror/filename, the subclass picked by errno.
import os
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
try:
    os.remove("/nonexistent_zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
e = OSError(2, "x")
print(type(e).__name__, e.args, e.errno, str(e))
e = OSError(2, "x", "f")
print(type(e).__name__, e.args, e.filename, str(e))
print(type(OSError(17, "exists")).__name__, type(OSError(999, "odd")).__name__, type(OSError("plain")).__name__, OSError("plain").errno)
print(isinstance(OSError(13, "p"), PermissionError), FileNotFoundError(2, "y").errno)
