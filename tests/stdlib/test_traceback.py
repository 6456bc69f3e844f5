# The traceback module: format_exc/print_exc/format_exception(_only).
import traceback, sys, io
def parse(s):
    return int(s)
try:
    parse("x")
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
print(repr(traceback.format_exc()))
