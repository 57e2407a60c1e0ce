mv = memoryview(b'abc')
def attempt(f):
    try:
        f()
        print('no error')
    except TypeError:
        print('TypeError')

def set0():
    mv[0] = 65
def setslice():
    mv[0:1] = b'A'
def delitem():
    del mv[0]
attempt(set0)
attempt(setslice)
attempt(delitem)
print(bytes(mv))
print(mv.readonly, memoryview(mv).readonly, mv[1:].readonly)
