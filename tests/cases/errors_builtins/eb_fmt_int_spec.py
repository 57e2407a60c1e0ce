def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
specs = ['', 'd', '5d', '<5d', '>5d', '^5d', '=5d', '*^7d', '0>5d', '+d', '-d', ' d', '+5d', '05d', '+05d',
         ' 06d', ',d', '_d', '10,d', '010,d', '_x', '_b', '_o', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o',
         '#010x', '+#x', '-#o', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.0e', '10.3g',
         '#5x', '=+8d', '^+9,d', 'x<8', '08_d', '#_x', '012,.2f']
for v in (0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -2**70):
    for s in specs:
        if s != 'c' or 0 <= v < 0x110000:
            print(v, repr(s), repr(format(v, s)))
for s in ['s', 'z', '.2d', ',c', '_c', '#c', '=c', ',s', '+s', 'q', 'dd', '5.5.5', '<<5', ',_d', '_,d',
          '1000000000000000000000d', '.', 'x,', '-c', '+c', ' c', '#', '0', '.3', 'r']:
    t(format, 65, s)
t(format, True, 'c')
t(format, 65, 'c')
t(format, -1, 'c')
t(format, 0x110000, 'c')
