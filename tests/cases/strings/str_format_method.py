print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=5))
print('{0[1]} {0[0]}'.format(['x', 'y']))
print('{d[k]}'.format(d={'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|'.format('ab', 'cd', 'ef'))
print('{:*>6}|{:-<6}|{:.^6}|'.format('ab', 'cd', 'ef'))
print('{:5d}|{:<5d}|{:05d}|{:+d}'.format(42, 42, 42, 42))
print('{:,}'.format(1234567))
print('{!r} {!s}'.format('x', 'y'))
print('{{literal}} {}'.format(1))
print('{:.2}'.format('abcdef'))
print('{0}{0}{0}'.format('ab'))
class P:
    def __init__(self):
        self.x = 3
print('{0.x}'.format(P()))
print('{:x} {:b} {:o} {:X} {:#x}'.format(255, 5, 8, 255, 255))
print('{:10}|{:<10}|'.format(3, 3))
try:
    '{} {}'.format(1)
except IndexError:
    print('IndexError')
