import sys, platform
def bye():
    print('bye', 1)
print(sys.atexit(bye))
print(sys.atexit(lambda: print('second')) is bye)
print(platform.platform().startswith('MicroPython-1.24.0-'), platform.python_compiler(), platform.libc_ver()[0])
print('end of script')
