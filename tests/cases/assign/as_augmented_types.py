# augmented assignment across types: rebinding vs in-place
s = 'a'
s += 'b'
s *= 2
print(s)
b = b'x'
b += b'y'
print(b)
t = (1,)
t *= 3
print(t)
l = [1]
same = l
l *= 2
l += (3,)
l += 'ab'
print(l, same is l)
d = {'a': 1}
d |= {'b': 2}
print(d)
st = {1, 2}
alias = st
st |= {3}
st &= {1, 3, 4}
st -= {4}
st ^= {9}
print(sorted(st), alias is st)
f = 1.5
f *= 2
f -= 0.5
f **= 2
print(f)
n = 10
n //= 3
n **= 3
n %= 5
print(n)
try:
    t += [1]
except TypeError:
    print('TypeError tuple += list')
try:
    s -= 'a'
except TypeError:
    print('TypeError str -=')
x = None
try:
    x += 1
except TypeError:
    print('TypeError None +=')
class R:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return R(self.v + other)
r = R(1)
r0 = r
r += 5
print(r.v, r0.v, r is r0)
class Both(R):
    def __iadd__(self, other):
        self.v += other * 10
        return self
q = Both(1)
q0 = q
q += 1
print(q.v, q is q0)
