for v in [0, 1, -1, 42, 1000000, -987654]:
    print('{:d}|{:8d}|{:<8d}|{:^8d}|{:+d}|{:,}'.format(v, v, v, v, v, v))
for v in [0.0, 1.5, -2.25, 1234.5678, 0.001]:
    print('{:f}|{:.1f}|{:10.3f}|{:e}|{:g}'.format(v, v, v, v, v))
print(format(42), format(42, '5'), format(3.5, '.2f'), format('s', '>3'))
