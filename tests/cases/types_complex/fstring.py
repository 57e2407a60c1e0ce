z = 3 + 4j
print(f'{z}')
print(f'{z!r}')
print(f'{z!s:>12}')
print(f'{z:.2f}')
print(f'{z.real} {z.imag}')
print(f'{abs(z)}')
print('%s %r' % (z, z))
print(str(z) + '!')
