def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
for s in ['0', '-0', '+0', '007', '0_0', '1_2_3', '0x_1f', '0b_1', '0o_7', ' 42', '42 ', '4 2',
          '0x', '0b', '0o', '0b2', '0o8', '0xg', '1e2', '1.0', '', '-', '+', '--1', '0X1F', '0B11', '0O17',
          '99999999999999999999999999', '-99999999999999999999999999']:
    for base in (0, 2, 8, 10, 16, 36):
        try:
            print(repr(s), base, int(s, base))
        except ValueError:
            print(repr(s), base, 'ValueError')
print(0x_ff, 0b_1010, 0o_17, 1_000_000, 0xDEAD_BEEF, 1_0.5_0, 1e1_0)
print(0b1111 + 0o17 + 0xf, 0O17, 0X1F, 0B1)
print(int('  -0x1f  ', 16), int('-0b101', 0), int('+0o17', 0))
