import sys
vals = [0, 1, -1, 7, 255, -256, 2**31 - 1, 2**32, 2**63 - 1, -2**63, 2**64, 3**50, -7**40, 10**25]
for v in vals:
    assert int(hex(v), 16) == v, v
    assert int(oct(v), 8) == v, v
    assert int(bin(v), 2) == v, v
    assert int(hex(v), 0) == v, v
    assert int(str(v)) == v
    assert int(repr(v)) == v
    assert int(format(v, 'x'), 16) == v
    assert int(format(v, '_d').replace('_', '')) == v
    assert int('%d' % v) == v
    assert eval(repr(v)) == v
    print(v, hex(v), oct(v), format(v, '_x'), format(v, ',d'))
for base in range(2, 37):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
    s = digits[::-1] * 3
    print(base, int(s, base), int(s.upper(), base), int('-' + s, base))
