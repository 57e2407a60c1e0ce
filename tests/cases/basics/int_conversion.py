print(int('42'), int('-17'), int('  8  '), int('+5'))
print(int('ff', 16), int('FF', 16), int('777', 8), int('1010', 2), int('z', 36))
print(int('0x1f', 16), int('0b11', 2), int('0o17', 8))
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0))
print(int(3.9), int(-3.9), int(True), int(False), int(0.0))
print(int('1_000'))
for s in ['', 'abc', '1.5', '12a', '0x']:
    try:
        int(s)
    except ValueError as e:
        print('ValueError', repr(s))
try:
    int('9', 8)
except ValueError:
    print('bad octal')
print(int(), int(7))
print(int(1e10), int(-2.5e3))
