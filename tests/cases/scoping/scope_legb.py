x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = 'local'
    return x
print(local_shadow(), x)
def builtin_shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(builtin_shadow(), len('abc'))
def read_then_global():
    return x.upper()
print(read_then_global())
print = print
def use_print():
    print('print from global alias')
use_print()
