def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for v in (0, 1, 255, 256, -1, -128, -129, 2**63, -2**63, 2**100):
    for n in (1, 2, 8, 16):
        for order in ('big', 'little'):
            t(v.to_bytes, n, order)
t((1).to_bytes, 1, 'middle')
t((1).to_bytes, -1, 'big')
t((1).to_bytes, 'a', 'big')
t((1).to_bytes)
t((0).to_bytes, 0, 'big')
t((1).to_bytes, 0, 'big')
for b in (b'', b'\x00', b'\x01\x02', b'\xff', b'\xff\xff', b'\x80' + b'\x00' * 9, bytearray(b'\x12\x34')):
    for order in ('big', 'little'):
        t(int.from_bytes, b, order)
t(int.from_bytes, 'ab', 'big')
t(int.from_bytes, b'\x01', 'sideways')
t(int.from_bytes, b'\x01')
t(int.from_bytes)
