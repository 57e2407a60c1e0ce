ba = bytearray(b'hello world')
mv = memoryview(ba)
mv[0] = ord('H')
print(ba)
tail = mv[6:]
tail[0] = ord('W')
print(ba)
tail[-1] = 33
print(ba)
for i in range(len(tail)):
    tail[i] = tail[i] - 32 if 97 <= tail[i] <= 122 else tail[i]
print(ba, bytes(tail))
ba[1] = ord('E')
print(mv[1], bytes(mv[:5]))
