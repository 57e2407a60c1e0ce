ba = bytearray(b'hello world')
print(ba.upper(), ba.split(), ba.find(b'o'), ba.startswith(b'he'), b'll' in ba, 104 in ba)
print(ba.replace(b'l', b'L'), ba.hex(), ba.decode(), ba.strip(b'hd'))
ba.insert(0, 33); print(ba, ba.pop(), ba.pop(0), ba)
del ba[0:2]; print(ba)
del ba[::2]; print(ba)
ba += b'!!'; print(ba, len(ba))
ba.reverse(); print(ba, ba.copy() == ba, bytes(ba))
ba[::2] = b'xxx'[:len(ba[::2])] if len(ba[::2]) <= 3 else ba[::2]
print(ba < bytearray(b'zzz'), bytearray(b'a') + b'b', bytearray('hé', 'utf-8'))
try:
    hash(bytearray())
except TypeError:
    print('unhashable')
print(list(bytearray(b'\x00\xff')), bytearray(range(3)))
ba.clear(); print(ba)
