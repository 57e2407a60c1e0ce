parts = []
for i in range(10):
    parts.append(str(i))
print(''.join(parts))
s = ''
for i in range(5):
    s += str(i) + ','
print(s)
print(s[:-1].split(','))
n = 'x' * 1000
print(len(n), n[:5], n.count('x'))
lines = ['line %d' % i for i in range(3)]
print('\n'.join(lines))
