ba = bytearray(b'abc')
with memoryview(ba) as m:
    m[0] = ord('A')
    print(bytes(m))
print(ba)
try:
    m[0]
except ValueError:
    print('ValueError')
try:
    len(m)
except ValueError:
    print('ValueError')
m2 = memoryview(b'xyz')
m2.release()
m2.release()
try:
    bytes(m2)
except ValueError:
    print('ValueError')
print(m2 == m2)
