N = 1
def f():
    return 'one.f'
