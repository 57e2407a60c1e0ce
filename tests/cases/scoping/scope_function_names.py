def f():
    return 'first'
g = f
def f():
    return 'second'
print(g(), f())
def outer():
    def helper():
        return 'helper1'
    r = helper()
    def helper():
        return 'helper2'
    return r, helper()
print(outer())
try:
    not_defined_yet()
except NameError:
    print('NameError')
def not_defined_yet():
    return 'now defined'
print(not_defined_yet())
