for c in 'aZ0 ~':
    print(c, ord(c))
for i in [65, 97, 48, 32, 126, 233, 8364]:
    print(i, chr(i))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    chr(-1)
except ValueError:
    print('ValueError')
