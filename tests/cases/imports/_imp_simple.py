# helper: a plain module
LOADS = []
LOADS.append(1)
X = 10
Y = 'why'
_PRIVATE = 'hidden'
__dunder_like__ = 'dl'

def func(a):
    return a * 2

class Klass:
    attr = 5

    def meth(self):
        return 'meth'

def get_name():
    return __name__
