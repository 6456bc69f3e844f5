# helper module for fast_calls.py: functions whose known calls skip the argument check
def f(x):
    return x + 1

def g():
    return f(1)

def boom(a, b):
    return a // b

def calls_boom():
    return boom(1, 0)
