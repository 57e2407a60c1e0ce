print(int(), float(), str(), bool(), int('  7 '), float(' -1.5 '), bool('False'))
print(int(7.99), int(-0.5), int('-0'), float(3), float('1e-2'), float(True))
print(str(1), str(1.0), str(-1.5e-8), str(1e21), str(123456789.0))
print(int('101', 2), int('-ff', 16), int('Z', 36), int('0o17', 0), int('0B11', 0))
print(int(2 ** 65 + 0.0) == 2 ** 65, int('9' * 30) % 1000)
print(float('  +3.5'), float('.5'), float('5.'), float('-.25e2'))
for bad in ['1.2.3', 'one', '', '1e', '--1']:
    try:
        float(bad)
    except ValueError:
        print('ValueError', repr(bad))
