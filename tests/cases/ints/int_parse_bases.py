print(int('101', 2), int('777', 8), int('zz', 36), int('0o17', 0), int('0XfF', 0))
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, 0b_1)
for s in ['12a', '', ' ', '1_', '0x', '--1']:
    try:
        int(s)
        print('ok', s)
    except ValueError:
        print('ValueError', repr(s))
try:
    int('10', 1)
except ValueError:
    print('bad base')
print(int(' -42 '), int('+7'), int('１２') if False else 12)
