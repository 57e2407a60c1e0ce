# augmented assignment evaluates its target's object and index once
calls = []
class Box:
    def __init__(self):
        self.items = [10, 20, 30]
        self.val = 1
box = Box()
def get_box():
    calls.append('box')
    return box
def get_idx():
    calls.append('idx')
    return 1
get_box().val += 5
print(box.val, calls)
calls.clear()
get_box().items[get_idx()] += 7
print(box.items, calls)
calls.clear()
d = {'k': 1}
def get_d():
    calls.append('d')
    return d
def key():
    calls.append('key')
    return 'k'
get_d()[key()] *= 10
print(d, calls)
calls.clear()

class Logged:
    def __init__(self):
        self.data = {'a': 1}
        self.log = []
    def __getitem__(self, k):
        self.log.append('get %s' % k)
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append('set %s %r' % (k, v))
        self.data[k] = v
lg = Logged()
lg['a'] += 2
lg['a'] -= 1
print(lg.data, lg.log)

class Attr:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        object.__setattr__(self, 'x', 1)
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set %s %r' % (name, value))
        object.__setattr__(self, name, value)
at = Attr()
at.x += 10
print(at.x, at.log)

# in-place operators on mutable values mutate and rebind
l = [1]
alias = l
l += [2]
print(l is alias, alias)
t = (1,)
talias = t
t += (2,)
print(t is talias, talias, t)
class IAdd:
    def __init__(self):
        self.n = 0
    def __iadd__(self, other):
        self.n += other
        return self
c = IAdd()
c_alias = c
c += 5
print(c is c_alias, c.n)
# slices as augmented targets
s = [1, 2, 3, 4]
s[1:3] += ['x']
print(s)
s[::2] *= 1
print(s)
# every arithmetic augmented operator
v = 17
for op in range(1):
    v += 3; v -= 1; v *= 2; v //= 3; v %= 7; v **= 2; v <<= 2; v >>= 1; v |= 8; v &= 29; v ^= 5
print(v)
f = 7.0
f /= 2
print(f)
# augmented assignment to an undefined name
try:
    undefined_name += 1
except NameError:
    print('NameError')
def local_aug():
    try:
        loc += 1
    except NameError:
        print('NameError local')
    loc = 0
local_aug()
