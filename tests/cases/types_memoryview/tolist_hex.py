mv = memoryview(b'\x00\x10\xab\xff')
print(mv.tolist(), mv.hex(), mv[1:3].hex(), mv[1:3].tolist())
print(memoryview(b'').tolist(), memoryview(b'').hex())
print(type(mv.tolist()).__name__, type(mv.tobytes()).__name__)
