# cmath: the functions MicroPython has, against CPython's results and errors
import cmath

values = [0, 1, -1, 2.5, -0.5, 1j, -1j, 1 + 1j, -2 + 0.5j, 3 - 4j, 0.25 - 0.75j, 1e-10 + 1e-10j]


def show(x):
    if isinstance(x, complex):
        return '(%.12g, %.12g)' % (x.real, x.imag)
    if isinstance(x, tuple):
        return '(' + ', '.join('%.12g' % v for v in x) + ')'
    return '%.12g' % x


for name in ['cos', 'sin', 'exp', 'sqrt', 'log', 'log10', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for v in values:
        try:
            out.append(show(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

print(show(cmath.rect(2, 0.5)), show(cmath.rect(1, cmath.pi)), show(cmath.rect(0, 0)))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)))
print('%.15f %.15f' % (cmath.e, cmath.pi))
# special values
print(cmath.sqrt(-4), cmath.exp(0), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(-3), cmath.sqrt(float('inf')), cmath.exp(complex(float('-inf'), 0)))
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cos(complex(0, 1000)),
            lambda: cmath.sqrt('x'), lambda: cmath.rect(1j, 0), lambda: cmath.log10(0j)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)


class C:
    def __complex__(self):
        return 2j


class F:
    def __float__(self):
        return 4.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(True))
