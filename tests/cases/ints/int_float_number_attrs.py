for v in [5, -3, 0, 2 ** 70, -(2 ** 65), True, False]:
    print(v.real, v.imag, v.numerator, v.denominator, v.conjugate(), type(v.real).__name__)
for f in [1.5, -0.0, 1e300, float('inf')]:
    print(f.real, f.imag, f.conjugate(), type(f.imag).__name__)
try:
    (5).real = 3
except AttributeError:
    print('AttributeError')
