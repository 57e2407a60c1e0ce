vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e15 + 0.5, 2.0**52 + 0.5, 2.0**53, 2.0**53 + 2,
        1e16, 1e20, -1e20, 1.7976931348623157e308, 5e-324, -5e-324, 123.456, -123.456, 9.999999999999999e22]
for v in vals:
    print(repr(v), int(v), round(v), float(int(v)) == int(v), int(v) == v, v.is_integer())
for i in [2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**63, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1,
          -(2**53 + 1), 10**22, 10**23, 2**1023, 2**1024 - 2**970]:
    print(i, repr(float(i)), float(i) == i, float(i) < i, float(i) > i)
try:
    float(2**1024)
except OverflowError:
    print('OverflowError')
try:
    float(-2**1024)
except OverflowError:
    print('OverflowError')
print(2**1024 > 1.7976931348623157e308, -2**1024 < -1.7976931348623157e308, 2**1024 == float('inf'))
print(1 / 3 * 3 == 1, 0.1 + 0.7, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3)
