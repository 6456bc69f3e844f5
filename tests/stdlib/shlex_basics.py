# shlex: POSIX split (quotes, escapes, comments), quote and join, and the
# errors for unterminated quotes and escapes.
import shlex
for s in ['a b  c', "echo 'hello world' \"x y\"", r'a\ b "c\"d" e\\f', "x='1 2'y", 'one # comment', '""', "it's" + '"' + ' q"', 'tab\there']:
    try:
        print(shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print("ValueError", e)
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["ls", "-l", "my file"]))
for bad in ("'open", '"open', "trail\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
