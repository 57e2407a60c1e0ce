x = 10
def f():
    try:
        print(x)
    except NameError:
        print('unbound local (NameError subclass)')
    x = 5
    return x
print(f())
def g():
    del_me = 1
    del del_me
    try:
        return del_me
    except NameError:
        return 'deleted'
print(g())
