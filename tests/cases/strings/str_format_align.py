rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 10.0)]
for name, qty, price in rows:
    print('{:<10}{:>5}{:>8.2f}'.format(name, qty, price))
for name, qty, price in rows:
    print('%-10s%5d%8.2f' % (name, qty, price))
for name, qty, price in rows:
    print(f'{name:^10}|{qty:03d}|{price:+.1f}')
print('{:=^20}'.format(' title '))
print('{:>+8.2f}|{:<+8.2f}|'.format(3.14159, -3.14159))
print('{:=+8d}|'.format(42) if True else '')
