print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((1).__add__(2), (7).__mod__(3), (2).__pow__(8))
x = 1234
print(x.__class__.__name__, int.__name__)
print((-5).__abs__(), (5).__neg__(), (5).__pos__())
print(int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big'))
print((2 ** 70).to_bytes(9, 'big'))
