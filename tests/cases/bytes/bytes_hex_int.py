data = bytes([0, 1, 127, 128, 255])
print(data, list(data))
print(''.join('%02x' % x for x in data))
print(int.from_bytes(data, 'big'), int.from_bytes(data, 'little'))
n = 0x0102030405
print(n.to_bytes(5, 'big'), n.to_bytes(8, 'little'))
print(bytes.fromhex('deadbeef') if hasattr(bytes, 'fromhex') else b'\xde\xad\xbe\xef')
print(sum(data), max(data), min(data), sorted(data, reverse=True))
print(data[1:4], data[-1:], data[10:])
