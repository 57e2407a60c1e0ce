class B(bytes):
    def hexstr(self): return self.hex()
b = B(b'\x01\xff')
print(b.hexstr(), len(b), b[0], b[1:], type(b[1:]).__name__, b == b'\x01\xff', isinstance(b, bytes))
print(b + b'!', b.upper() if False else 'skip', list(b), bytes(b), type(bytes(b)).__name__)
class BA(bytearray):
    def push(self, v): self.append(v)
ba = BA(b'ab')
ba.push(99)
print(ba, len(ba), type(ba).__name__, ba[0], bytes(ba), ba == b'abc')
ba[0] = 65
print(ba, ba.decode())
class Wrapped(bytes):
    def __len__(self): return 1000
    def __getitem__(self, i): return 'item'
w = Wrapped(b'abc')
print(len(w), w[0], w.decode(), bytes(w) == b'abc', list(w) if False else 'skip')
