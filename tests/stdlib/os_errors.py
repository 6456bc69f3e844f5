# os.remove/unlink/rmdir/mkdir/rename raise the OSError subclass of their errno
# (a directory is not removed by os.remove), with both names for rename.
import os
os.makedirs("/tmp/aster_os_errors_dir", exist_ok=True)
for fn, arg in ((os.remove, "/tmp/aster_os_errors_dir"), (os.unlink, "/tmp/nonexistent_x"), (os.rmdir, "/tmp/nonexistent_x"), (os.mkdir, "/tmp/aster_os_errors_dir"), (os.rmdir, "/")):
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e)
try:
    os.rename("/tmp/nonexistent_x", "/tmp/nonexistent_y")
except OSError as e:
    print(type(e).__name__, e)
