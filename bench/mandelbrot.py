# Float numerics: the Mandelbrot set on an N x N grid (max 50 iterations),
# counting the points inside and a checksum of the escape counts.
import sys

N = 550
if len(sys.argv) > 1:
    N = int(sys.argv[1])
MAX_ITER = 50


def escape(cr, ci):
    zr = zi = 0.0
    for k in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def render(n):
    inside = 0
    checksum = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        row = 0
        for x in range(n):
            cr = 3.0 * x / n - 2.0
            k = escape(cr, ci)
            if k == MAX_ITER:
                inside += 1
            row = (row * 31 + k) % 1000000007
        checksum = (checksum * 17 + row) % 1000000007
    return inside, checksum


inside, checksum = render(N)
print(inside, checksum)
