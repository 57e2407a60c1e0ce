class D(dict):
    pass
d = D.fromkeys('ab', 0)
print(type(d).__name__, sorted(d.items()))
class I(int):
    pass
print(type(I.from_bytes(b'\x01\x00', 'big')).__name__, I.from_bytes(b'\x01\x00', 'big'))
class B(bytes): pass
print(type(B.fromhex('4142')).__name__, B.fromhex('4142'))
class Counter(dict):
    @classmethod
    def from_iter(cls, it):
        c = cls()
        for x in it: c[x] = c.get(x, 0) + 1
        return c
c = Counter.from_iter('hello')
print(type(c).__name__, sorted(c.items()))
class BA(bytearray): pass
print(type(BA.fromhex('41')).__name__, BA.fromhex('4142'))
