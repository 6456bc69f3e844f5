try:
    {}["k"]
except KeyError as e:
    raise ValueError("bad value") from e
# expect-stderr: KeyError: 'k'
# expect-stderr: The above exception was the direct cause of the following exception:
# expect-stderr: ValueError: bad value
