# builtins are found last; globals and locals shadow them
print(len('abc'))
def len(x):
    return 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = lambda *a: 'local max'
    return max(1, 2)
print(local_shadow(), max(1, 2))
def param_shadow(list):
    return list
print(param_shadow('p'), list('ab'))
class K:
    str = 'class attr str'
    def m(self):
        return str(5)
print(K().m(), K.str)
try:
    del len
except NameError:
    print('cannot del builtin through global')
import builtins
print(builtins.len('xy'))
def uses_print():
    return print
print(uses_print() is builtins.print)
abs = 'global abs'
def sees_global():
    return abs
print(sees_global())
del abs
print(sees_global()(-3))
