# an uncaught exception: the traceback goes to stderr; stdout is checked here
def a():
    b()
def b():
    c()
def c():
    print('in c')
    raise KeyError('missing')
print('start')
a()
print('never')
