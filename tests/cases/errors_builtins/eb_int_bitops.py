def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
vals = (0, 1, -1, 7, -7, 255, 2**63 - 1, -2**63, 2**64 + 3, -2**64 - 3, 2**130 + 2**65)
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
    print(~a, -a, +a)
t(lambda: 1 & 1.0)
t(lambda: 1 | 'a')
t(lambda: 1 ^ None)
t(lambda: 1.0 & 1)
t(lambda: ~1.5)
t(lambda: True & 3)
t(lambda: True ^ True)
t(lambda: type(True & True).__name__)
t(lambda: type(True | 0).__name__)
t(lambda: ~True)
t(lambda: (2**100).bit_length())
t(lambda: (-2**100).bit_length())
t(lambda: (0).bit_length())
t(lambda: (255).bit_length())
t(lambda: (-1).bit_length())
