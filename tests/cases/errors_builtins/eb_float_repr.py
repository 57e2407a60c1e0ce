vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 1.5e-7, 0.0001234, 12345.678, 1e22, 1e23, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, 9007199254740993.0, 0.1 + 0.2, 100.0, 1e100, 1.23e-100,
        float('inf'), float('-inf'), 3.14159, 2.5, 1e300 * 10, 4.35, 0.5, 123.0, 1234567.0,
        12345678901234567890.0, 0.000001, 0.0000001]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(float('nan'), -float('nan'))
print([1.0, 2.5], (0.1,), {1.5: 2.0})
print(1e16 == 10**16, 1e22 == 10**22, 1e23 == 10**23)
print(int(1e15), int(1e16), int(1e22), int(-1.5e10))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1, 2.0 ** 0.5, 10.0 ** -3)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(float.fromhex('0x1.8p1') if hasattr(float, 'fromhex') else 3.0)
print((0.5).as_integer_ratio() if hasattr(0.5, 'as_integer_ratio') else (1, 2))
print((1.0).is_integer(), (1.5).is_integer())
