# Storing an integer that does not fit: MicroPython wraps it around silently
# (CPython raises OverflowError), so this case has an .exp file.
from array import array

print(array('b', [127, 128, 255, 256, -129, -128]))
print(array('B', [255, 256, -1, 1000]))
print(array('h', [32767, 32768, 65535, -32769]))
print(array('H', [65536, -1, 70000]))
print(array('i', [2**31, 2**32 - 1, -2**31 - 1]))
print(array('I', [2**32, -1, 2**32 + 5]))
print(array('q', [2**63, 2**64 - 1, -2**63 - 1]))
print(array('Q', [-1, 2**64, 2**64 + 3]))
print(array('l', [2**63]), array('L', [-2]))
a = array('b', [0])
a[0] = 200
print(a)
a.append(-200)
print(a)
a.extend([300, -300])
print(a)
a.insert(0, 1000)
print(a)
