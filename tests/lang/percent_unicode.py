print("%-8s|%6s|" % ("café", "né"))
print("%.3s|" % "éàü")
print("%.3s|" % "éàüx")
print("%5s|%-5s|" % ("é", "é"))
print("%(a)5s|" % {"a": "é"})
print("%5.1s|" % "éé")
print("%s|%s" % ("é", 1))
print("%c|%5c|" % ("é", "é"))
print("%*s|" % (4, "é"))
print("%-*s|%.*s|" % (-5, "ab", 1, "xyz"))
print("%120s|" % "a")
print("%r|%10r|%-6a|" % ("é", "é", "é"))
print("[%s]" % "a\0b")
print("%.0s|%.s|" % ("abc", "abc"))
print("%5%|")
print("%s|%d|%s%s|%d%%" % ("a", 5, None, [1], -3))
print("%d" % 2.7, "%d" % True, "%s" % (1,), "%s" % {"a": 1}, "%(a)s %s" % {"a": 1} if False else "")
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
print("%s" % "é", "100%" if True else "", "%d items" % 3, "end %s" % 1.5)
