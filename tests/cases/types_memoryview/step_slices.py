ba = bytearray(b'abcdefghij')
mv = memoryview(ba)
print(bytes(mv[::2]), bytes(mv[1::2]), bytes(mv[::-1]), bytes(mv[8:2:-2]))
ev = mv[::2]
print(len(ev), ev[1], ev[-1], list(ev))
ev[0] = ord('A')
print(ba)
mv[1::2] = b'12345'
print(ba)
print(bytes(mv[::-1][::2]))
try:
    mv[::2] = b'xy'
except ValueError:
    print('ValueError')
