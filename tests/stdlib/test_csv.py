# csv: reader/writer, DictReader/DictWriter, dialects, quoting options, errors
import csv
import io
import os


def show_err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not hasattr(r, "__next__") else list(r))
    except csv.Error as e:
        print("csv.Error:", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


# --- writer
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["a", "b,c", 'say "hi"', "line1\nline2", "", None, 1, 2.5, True]))
w.writerows([[1, 2], ["x"], [""], [], ("t", "u")])
print(repr(s.getvalue()))

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q, lineterminator="\n").writerow(["x", 1, 2.0, None, "", "a b"])
    print(q, repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'q"x', "back\\s", "nl\nx", "plain"])
w = csv.writer(s, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'q"x', "back\\s"])
w = csv.writer(s, escapechar="\\", doublequote=False, lineterminator="\n")
w.writerow(["a,b", 'q"x'])
w = csv.writer(s, delimiter=";", quotechar="'", lineterminator="|")
w.writerow(["a;b", "it's", "c|d", "e,f"])
print(repr(s.getvalue()))
show_err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
show_err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [""])
show_err(csv.writer(io.StringIO()).writerow, 5)
show_err(csv.writer, 5)

# --- dialect validation
show_err(csv.writer, io.StringIO(), delimiter="ab")
show_err(csv.writer, io.StringIO(), delimiter=1)
show_err(csv.writer, io.StringIO(), delimiter="")
show_err(csv.writer, io.StringIO(), quoting=7)
show_err(csv.writer, io.StringIO(), quoting="x")
show_err(csv.writer, io.StringIO(), lineterminator=None)
show_err(csv.writer, io.StringIO(), escapechar="ab")
show_err(csv.writer, io.StringIO(), escapechar=5)
show_err(csv.writer, io.StringIO(), quotechar=1)
show_err(csv.writer, io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL)
show_err(csv.writer, io.StringIO(), dialect="nope")
show_err(csv.writer, io.StringIO(), bogus=1)
print(csv.writer(io.StringIO(), quotechar=None).dialect.quoting)

# --- reader
print(list(csv.reader(["a,b,c", "1,2,3"])))
print(list(csv.reader(['a,"b,c",d', '"x ""y"" z",', '', ',,'])))
print(list(csv.reader(['a,"multi\n', 'line",z\n', "last\n"])))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a\tb"], csv.excel_tab)))
print(list(csv.reader(["a;b", "'c;d';e"], delimiter=";", quotechar="'")))
print(list(csv.reader(['  a,  "b, c",   d'], skipinitialspace=True)))
print(list(csv.reader(['  a,  "b, c"'])))
print(list(csv.reader(["a\\,b,c\\\n", "d"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\")))
print(list(csv.reader(['"a"b",c'], doublequote=False)))
print(list(csv.reader(['a,"b"c",d'])))
print(list(csv.reader(['a,"b', 'c"d,e'])))
print(list(csv.reader(['"abc'])))
print(list(csv.reader(['1,2.5,"x",,"3"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a,b\r\n", "\r\n", "c,d\r\n"])))
show_err(csv.reader, ['a,"b'], strict=True)
show_err(csv.reader, ['"a"b,c'], strict=True)
show_err(csv.reader, ["a\nb,c"])
show_err(csv.reader, [b"a"])
show_err(csv.reader, ["1,a"], quoting=csv.QUOTE_NONNUMERIC)
show_err(csv.reader, 5)
r = csv.reader(["a", "", "b\r\n", '"c\n', 'd"'])
print(r.line_num, [(row, r.line_num) for row in r], r.line_num)
d = r.dialect
print(d.delimiter, repr(d.quotechar), repr(d.lineterminator), d.doublequote, d.escapechar,
      d.skipinitialspace, d.strict, d.quoting, type(d).__name__)

# a reader carries on after an error
r = csv.reader(["ok,1", "bad\nx", "fine,2"])
print(next(r))
try:
    next(r)
except csv.Error as e:
    print("error", e)
print(next(r))

# round trip
rows = [["id", "text", "n"], ["1", 'He said "yes", then\nleft', "3.5"], ["2", "", " spaced "]]
s = io.StringIO()
csv.writer(s).writerows(rows)
print(list(csv.reader(io.StringIO(s.getvalue()))) == rows)
print(list(csv.reader(s.getvalue().splitlines(keepends=True))) == rows)

# files
path = "_mod_csv_tmp.csv"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "notes"])
    w.writerow(["ann", "likes, commas"])
    w.writerow(["bob", "two\nlines"])
with open(path, newline="") as f:
    print(list(csv.reader(f)))
with open(path, newline="") as f:
    for row in csv.DictReader(f):
        print(row)
os.remove(path)

# --- DictReader
text = "name,age,city\r\nann,30,Paris\r\n\r\nbob,25\r\ncy,40,Rome,extra,more\r\n"
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(list(dr))
dr = csv.DictReader(["1;2", "3;4;5"], fieldnames=["a", "b"], delimiter=";")
print(list(dr))
dr = csv.DictReader(iter(["x|y", "1|2"]), fieldnames=("p", "q"), delimiter="|")
print(dr.fieldnames, list(dr))
print(csv.DictReader([]).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b"], delimiter="\t")
dw.writeheader()
dw.writerow({"b": "x\ty"})
print(dw.fieldnames, repr(s.getvalue()))

# --- DictWriter
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["name", "age"], lineterminator="\n")
print(dw.writeheader())
dw.writerow({"name": "ann", "age": 30})
dw.writerow({"name": "bob"})
dw.writerows([{"age": 1, "name": "c,d"}, {}])
print(repr(s.getvalue()))
try:
    dw.writerow({"name": "x", "bad": 1})
except ValueError as e:
    print("ValueError:", e)
dw = csv.DictWriter(s, ["a"], extrasaction="ignore", restval="-", quoting=csv.QUOTE_ALL)
s.seek(0)
s.truncate()
dw.writerow({"b": 1})
dw.writerow({"a": 2, "b": 3})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ["a"], extrasaction="maybe")
except ValueError as e:
    print("ValueError:", e)

# --- dialect registry
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect("semi", Semi)
csv.register_dialect("pipe", delimiter="|", quoting=csv.QUOTE_ALL)
csv.register_dialect("pipe2", "pipe", lineterminator="!")
print(csv.list_dialects())
d = csv.get_dialect("pipe")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote)
s = io.StringIO()
csv.writer(s, "pipe2").writerow(["a", 1])
csv.writer(s, "semi").writerow(["a;b", 1])
csv.writer(s, Semi()).writerow(["x"])
csv.writer(s, "unix").writerow(["u", 2])
csv.writer(s, csv.unix_dialect, quoting=csv.QUOTE_MINIMAL).writerow(["u", 2])
print(repr(s.getvalue()))
print(list(csv.reader(["a;'b;c'"], "semi")))
show_err(csv.get_dialect, "zz")
show_err(csv.unregister_dialect, "zz")
show_err(csv.register_dialect, 1, Semi)
show_err(csv.register_dialect, "bad", delimiter=":::")
csv.unregister_dialect("pipe")
csv.unregister_dialect("pipe2")
print(csv.list_dialects())
try:
    class Bad(csv.Dialect):
        delimiter = "xx"
    Bad()
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("csv.Error:", e)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting, repr(csv.excel.lineterminator))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.Error.__name__)

# field size limit
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show_err(csv.reader, ["a" * 11])
print(list(csv.reader(["a" * 10])))
csv.field_size_limit(131072)
