z = 3 - 4j
print(z.real, z.imag)
print(type(z.real).__name__, type(z.imag).__name__)
print(z.conjugate())
print(z.conjugate().conjugate() == z)
print((1j).conjugate())
print(z * z.conjugate())
try:
    z.real = 5
except AttributeError as e:
    print('AttributeError')
try:
    z.foo
except AttributeError as e:
    print('AttributeError')
print(hasattr(z, 'imag'), hasattr(z, 'conjugate'))
print(complex.conjugate(2 + 3j))
