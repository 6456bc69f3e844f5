def f():
    return undefined_name + 1

f()
# expect-stderr: File "name_error.as", line 4, in <module>
# expect-stderr: File "name_error.as", line 2, in f
# expect-stderr: NameError: name 'undefined_name' is not defined
