def inner():
    raise ValueError('bad value')
def outer():
    inner()
print('before')
outer()
print('not reached')
