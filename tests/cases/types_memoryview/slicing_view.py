data = bytearray(b'0123456789')
mv = memoryview(data)
s = mv[2:6]
print(type(s).__name__, len(s), bytes(s))
print(bytes(mv[:3]), bytes(mv[7:]), bytes(mv[-3:]), bytes(mv[5:2]), bytes(mv[:]))
ss = s[1:3]
print(bytes(ss), ss[0], ss[-1])
data[3] = ord('X')
print(bytes(s), bytes(ss))
print(bytes(mv[100:]), len(mv[100:200]))
