# a module's namespace: __dict__, dir(), vars(), attribute assignment
import _imp_all as m
names = sorted(k for k in m.__dict__ if not k.startswith('__'))
print(names)
print(sorted(k for k in dir(m) if not k.startswith('__')))
print(vars(m) is m.__dict__)
print(m.__dict__['pub1'], '__name__' in m.__dict__)
m.__dict__['injected'] = 'via dict'
print(m.injected)
setattr(m, 'via_setattr', 3)
print(m.__dict__['via_setattr'])
delattr(m, 'via_setattr')
print(hasattr(m, 'via_setattr'))
try:
    delattr(m, 'never_there')
except AttributeError:
    print('AttributeError')
print(m.func())
m.func = lambda: 'replaced'
from _imp_all import func
print(func())
import __main__
print(__main__.__name__, __main__.m is m)
print(sorted(k for k in globals() if not k.startswith('__')))
