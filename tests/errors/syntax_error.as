# A syntax error shows the file, line, source line and a caret.
x = 1
y = (2 +
print(x y)
# expect-stderr: File "syntax_error.as", line 3
# expect-stderr: y = (2 +
# expect-stderr: ^
# expect-stderr: SyntaxError: '(' was never closed
