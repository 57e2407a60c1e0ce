# evaluation order of assignment targets and values
log = []
class L:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        log.append('%s[%r]=%r' % (self.name, k, v))
    def __getitem__(self, k):
        log.append('%s[%r]' % (self.name, k))
        return L(self.name + str(k))
def val(v):
    log.append('val %r' % (v,))
    return v
def obj(name):
    log.append('obj ' + name)
    return L(name)
def key(k):
    log.append('key %r' % (k,))
    return k
obj('a')[key(1)] = val('x')
print(log); log.clear()
obj('a')[key(1)], obj('b')[key(2)] = val(1), val(2)
print(log); log.clear()
obj('a')[key(1)] = obj('b')[key(2)] = val('v')
print(log); log.clear()
obj('a')[key(1)][key(2)] = val('deep')
print(log); log.clear()
d = {}
d[val('k')] = val('v')
print(log, d); log.clear()
x = [val(1), val(2)]
print(log); log.clear()
res = {val('k1'): val('v1'), val('k2'): val('v2')}
print(log); log.clear()
class A:
    pass
def target():
    log.append('target')
    return A()
target().attr = val('a')
print(log); log.clear()
a, b = val(1), val(2)
print(log)
