x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print(bool(x), not x)
def f():
    pass
print(f())
def g():
    return
print(g())
d = {}
print(d.get('k'))
print([None, None], (None,))
print(None if 0 else 'y')
