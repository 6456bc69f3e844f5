# string: constants, capwords, Template
import string
from string import Template

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords(" a-b c_d "), string.capwords("x,y z", ","))
t = Template("$who likes $what; ${who}s are $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = Template("cost: $ 5")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute())
print(Template("${a}b $a_c ${x").safe_substitute(a=1, a_c=2))
print(Template("$x$y").substitute(x=1, y=2), Template("$").safe_substitute(), Template("$$").substitute())
print(Template("$1 and $a").safe_substitute(a="A"))
print(Template("line1\n  $x $").is_valid(), Template("$a ${b} $a").get_identifiers())
try:
    Template("ab\ncd $!").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.template)
class Pct(Template):
    delimiter = "%"
print(Pct("%who is %% %{x}").substitute(who="w", x="X"))
print(string.Template("$name").substitute(name=42), "x" in string.ascii_lowercase)
