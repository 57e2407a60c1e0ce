# random: pseudo-random numbers (frozen into micropy).
# The generator is xoshiro128** (32-bit words, period 2**128 - 1), seeded
# through splitmix64; seed(None) (and import) seed it from os.urandom.
# The API is MicroPython's (seed, getrandbits, randrange, randint, choice,
# random, uniform) plus some of CPython's (shuffle, sample, choices, randbytes,
# gauss, ...), with CPython's argument checks and error types.  The numbers
# differ from CPython's Mersenne Twister.

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF
_RECIP_BPF = 1.0 / 9007199254740992.0  # 2 ** -53


def _bitlen(n):
    try:
        return n.bit_length()
    except AttributeError:
        k = 0
        while n:
            n >>= 1
            k += 1
        return k


def _index(x, what):
    # CPython's randrange argument conversion: ints (and __index__ objects)
    # pass; an integral float is accepted, any other value is a ValueError
    # (or the TypeError/ValueError of int(x))
    if isinstance(x, int):
        return int(x)
    idx = getattr(type(x), '__index__', None)
    if idx is not None:
        return idx(x)
    ix = int(x)
    if ix != x:
        raise ValueError('non-integer ' + what + ' for randrange()')
    return ix


def _seed_int(a):
    # int seed from the argument types CPython accepts
    if a is None:
        try:
            import os
            b = os.urandom(16)
        except Exception:
            import time
            return (time.time_ns() if hasattr(time, 'time_ns')
                    else int(time.time() * 1000000)) ^ id(a)
        return int.from_bytes(b, 'big')
    if isinstance(a, int):
        return a if a >= 0 else -a
    if isinstance(a, float):
        if a != a:
            return 0x7ff8000000000000
        return hash(a) & _M64
    if isinstance(a, str):
        a = a.encode('utf-8')
    if isinstance(a, (bytes, bytearray)):
        return int.from_bytes(b'\x01' + bytes(a), 'big')
    raise TypeError('The only supported seed types are: None,\n'
                    'int, float, str, bytes, and bytearray.')


class Random:

    def __init__(self, x=None):
        self._s = [0, 0, 0, 0]
        self.seed(x)

    def seed(self, a=None, version=2):
        n = _seed_int(a)
        # fold the (arbitrarily large) seed into 64 bits, 64 bits at a time
        x = 0x853C49E6748FEA9B
        while True:
            x = self._mix(x ^ (n & _M64))
            n >>= 64
            if not n:
                break
        sm = x
        s = self._s
        for i in range(2):
            sm = (sm + 0x9E3779B97F4A7C15) & _M64
            z = self._mix(sm)
            s[2 * i] = z & _M32
            s[2 * i + 1] = z >> 32
        if not (s[0] | s[1] | s[2] | s[3]):
            s[0] = 1

    @staticmethod
    def _mix(z):
        # splitmix64's finaliser
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
        return z ^ (z >> 31)

    def _next(self):
        # xoshiro128**
        s = self._s
        s0 = s[0]
        s1 = s[1]
        s2 = s[2]
        s3 = s[3]
        r = (s1 * 5) & _M32
        r = (((r << 7) | (r >> 25)) * 9) & _M32
        t = (s1 << 9) & _M32
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 11) | (s3 >> 21)) & _M32
        s[0] = s0
        s[1] = s1
        s[2] = s2
        s[3] = s3
        return r

    def getstate(self):
        return tuple(self._s)

    def setstate(self, state):
        self._s = list(state)

    def getrandbits(self, k):
        if not isinstance(k, int):
            raise TypeError("'" + type(k).__name__ +
                            "' object cannot be interpreted as an integer")
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            if k == 0:
                return 0
            return self._next() >> (32 - k)
        r = 0
        shift = 0
        while k > 0:
            w = self._next()
            if k < 32:
                w >>= 32 - k
            r |= w << shift
            shift += 32
            k -= 32
        return r

    def _randbelow(self, n):
        # a uniform int in [0, n), n > 0
        k = _bitlen(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _index(stop, 'stop')
        width = istop - istart
        istep = _index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange()')
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def random(self):
        a = self._next() >> 5
        b = self._next() >> 6
        return (a * 67108864.0 + b) * _RECIP_BPF

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def randbytes(self, n):
        if n < 0:
            raise ValueError('negative argument not allowed')
        out = bytearray()
        while len(out) < n:
            w = self._next()
            out.append(w & 0xff)
            out.append((w >> 8) & 0xff)
            out.append((w >> 16) & 0xff)
            out.append(w >> 24)
        return bytes(out[:n])

    def shuffle(self, x):
        i = len(x) - 1
        while i > 0:
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        if counts is not None:
            expanded = []
            counts = list(counts)
            if len(counts) != len(population):
                raise ValueError('The number of counts does not match the '
                                 'population')
            for i in range(len(counts)):
                c = counts[i]
                if not isinstance(c, int):
                    raise TypeError('Counts must be integers')
                if c < 0:
                    raise ValueError('Counts must be non-negative')
                expanded.extend([population[i]] * c)
            population = expanded
        n = len(population)
        if not isinstance(k, int):
            raise TypeError("'" + type(k).__name__ +
                            "' object cannot be interpreted as an integer")
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        pool = list(population)
        result = []
        for i in range(k):
            j = self._randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                if not n:
                    raise IndexError('Cannot choose from an empty population')
                n = n + 0.0
                return [population[int(self.random() * n)]
                        for i in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        else:
            cum_weights = list(cum_weights)
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        if not n:
            raise IndexError('Cannot choose from an empty population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if total - total != 0.0:
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        result = []
        for i in range(k):
            x = self.random() * total
            lo = 0
            h = hi
            while lo < h:
                mid = (lo + h) // 2
                if x < cum_weights[mid]:
                    h = mid
                else:
                    lo = mid + 1
            result.append(population[lo])
        return result

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def gauss(self, mu=0.0, sigma=1.0):
        import math
        # Box-Muller
        u1 = 1.0 - self.random()
        u2 = self.random()
        z = math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
        return mu + z * sigma

    normalvariate = gauss

    def expovariate(self, lambd=1.0):
        import math
        return -math.log(1.0 - self.random()) / lambd


_inst = Random()
seed = _inst.seed
getrandbits = _inst.getrandbits
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
random = _inst.random
uniform = _inst.uniform
randbytes = _inst.randbytes
shuffle = _inst.shuffle
sample = _inst.sample
choices = _inst.choices
triangular = _inst.triangular
gauss = _inst.gauss
normalvariate = _inst.normalvariate
expovariate = _inst.expovariate
getstate = _inst.getstate
setstate = _inst.setstate
