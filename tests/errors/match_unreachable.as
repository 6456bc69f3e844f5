# An irrefutable case that is not the last one is a SyntaxError.
match 1:
    case x:
        pass
    case 2:
        pass
# expect-stderr: File "match_unreachable.as", line 3
# expect-stderr:     case x:
# expect-stderr: SyntaxError: name capture 'x' makes remaining patterns unreachable
