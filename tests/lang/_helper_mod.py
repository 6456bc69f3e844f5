VALUE = 42
_count = 0

def greet(name):
    return f"hello {name}"

def counter():
    global _count
    _count += 1
    return _count

def get_value():
    return VALUE

if __name__ == "__main__":
    print("not imported")
