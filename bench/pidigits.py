# Big integers: the first N digits of pi with Gibbons' unbounded spigot
# algorithm (exact rational arithmetic on ever-growing ints), plus a
# factorial (1000!) and powers to exercise multiplication and str() of big ints.
# Size: N digits.
import sys

N = 3600
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = (10 * q, 10 * (r - m * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * m, x)
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k) + 2 + r * x) // (t * x), x + 2)
    return out


def main(n):
    digits = pi_digits(n)
    s = "".join(str(d) for d in digits)
    print(s[:50])
    print(s[-50:])
    print(sum(digits))
    f = 1
    for i in range(2, 1001):
        f *= i
    fs = str(f)
    print(len(fs), fs[:20], sum(int(c) for c in fs) % 1000)
    p = pow(3, n * 10, 10 ** 40 + 7)
    print(p, len(str(7 ** 1500)))


main(N)
