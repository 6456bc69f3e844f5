# Alternatives of an or-pattern must bind the same names.
match 1:
    case [a] | (b, 2):
        pass
# expect-stderr: File "match_or_names.as", line 3
# expect-stderr:     case [a] | (b, 2):
# expect-stderr: SyntaxError: alternative patterns bind different names
