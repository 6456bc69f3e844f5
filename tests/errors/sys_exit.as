import sys
print("bye")  # expect: bye
sys.exit(3)
print("not reached")
# exit: 3
