# float arrays: 'f' stores single precision, 'd' double
from array import array

f = array('f', [0.1, 1.5, -2.0, 1e-30, 3.4e38, 1 / 3])
print(f)
print([x == y for x, y in zip(f, [0.1, 1.5, -2.0, 1e-30, 3.4e38, 1 / 3])])
print(f.tobytes())
f.append(7)
f[0] = True
print(f, f.tolist())
print(array('f', [1e40, -1e40, float('inf')]))
print(array('f', [1e-50, -1e-50, 1.4e-45, 1e-45]))
n = array('f', [float('nan')])
print(n[0] != n[0], str(n))
d = array('d', [0.1, 1e300, -0.0, float('inf'), 2 ** 0.5, 10 ** 20])
print(d, d.tobytes()[:8])
print(array('d', array('f', [0.1])), array('f', array('d', [0.1])))
print(array('d', range(5)), sum(array('d', [0.5] * 10)))
class F:
    def __float__(self):
        return 2.5
print(array('d', [F()]))
for bad in ['x', None, [1.0], b'1']:
    try:
        array('f', [bad])
    except TypeError:
        print('TypeError')
