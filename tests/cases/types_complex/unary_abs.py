z = 1 - 2j
print(-z, +z, abs(3 + 4j), abs(-5j), abs(0j))
print(type(abs(z)).__name__)
print(abs(complex(float('inf'), float('nan'))))
print(abs(complex(float('nan'), 1)))
print(abs(complex(3e200, 4e200)))
try:
    abs(complex(1e308, 1e308))
except OverflowError:
    print('OverflowError')
print(-(0j))
print(-complex(-0.0, 0.0))
