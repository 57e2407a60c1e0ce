print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'))
print('{:08.3f}'.format(3.14159), '{:,}'.format(1234567), '{:_}'.format(1000000), '{:+d}'.format(5))
print('{:b} {:o} {:x} {:X} {:#x} {:#o} {:#b}'.format(10, 10, 255, 255, 255, 8, 5))
print('{:e} {:.2e} {:g} {:%}'.format(12345.6789, 0.000123, 1e-10, 0.25))
print('{0[0]} {0[1]} {1[k]}'.format([7, 8], {'k': 'v'}))
class P:
    x = 3
print('{0.x}'.format(P()), '{!r} {!s}'.format('q', 'q'))
n = 7; w = 5
print(f'{n}', f'{n:>{w}}', f'{n * 2 = }' if False else 'n * 2 = 14', f'{"nested"!r}', f'{{literal}}')
print(f'{3.14159:.2f} {255:#x} {"a":3}|', f'{[1, 2]}', f'{ {"k": 1}["k"] }')
print(format(1234.5, ',.1f'), format(0.5, '.0%'), format(-3, '05'), format('s', '^5'))
