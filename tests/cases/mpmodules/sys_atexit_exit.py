# the atexit function also runs when the program ends with sys.exit (status 0 here)
import sys
def done():
    print('cleanup ran')
sys.atexit(done)
try:
    sys.atexit(5)
except TypeError:
    print('TypeError')
print('exiting')
sys.exit(0)
