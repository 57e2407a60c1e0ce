class Seq:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ('tuple', k)
        return ('item', k)
    def __setitem__(self, k, v):
        if isinstance(k, slice):
            self.log.append(('setslice', k.start, k.stop, k.step, v))
        else:
            self.log.append(('set', k, v))
    def __delitem__(self, k):
        if isinstance(k, slice):
            self.log.append(('delslice', k.start, k.stop, k.step))
        else:
            self.log.append(('del', k))
s = Seq()
print(s[0], s[-1], s['key'], s[None])
print(s[1:2], s[:], s[::2], s[1:], s[:3], s[1:2:3], s[::-1])
print(s[1, 2], s[1:2, 3], s[...])
s[0] = 'a'; s[1:3] = [1, 2]; s[::2] = 'x'; s[:] = ()
del s[5]; del s[1:]; del s[::3]
for e in s.log: print(e)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), s[sl])
print(slice(3).start, slice(3).stop, slice(1, 2).step)
class NoSet:
    def __getitem__(self, k): return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(type(e).__name__)
try:
    del NoSet()[0]
except TypeError as e:
    print(type(e).__name__)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__)
