# A syntax error shows the file, line, source line and a caret.
x = 1
y = (2 +
print(x y)
# expect-stderr: File "syntax_error.as", line 4
# expect-stderr: SyntaxError: invalid syntax. Perhaps you forgot a comma?
