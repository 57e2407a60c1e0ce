# wrong types and values raise the right exceptions
from array import array


def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__)


t(lambda: array('z'))
t(lambda: array('u'[:0]))
t(lambda: array(1))
t(lambda: array('ii'))
t(lambda: array())
t(lambda: array('i', [1], 2))
t(lambda: array('i', 'abc'))
t(lambda: array('d', 'abc'))
t(lambda: array('i', ['a']))
t(lambda: array('i', [1.5]))
t(lambda: array('i', [None]))
t(lambda: array('d', ['a']))
t(lambda: array('f', [None]))
t(lambda: array('i', b'\x01\x02\x03'))
t(lambda: array('h', bytearray(b'\x01')))
t(lambda: array('i', 5))
t(lambda: array('i', [1, 'x', 3]))
a = array('i', [1, 2, 3])
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a.__setitem__(3, 1))
t(lambda: a.__setitem__(-4, 1))
t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__setitem__(0, 2.0))
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(slice(0, 1), array('b', [1])))
t(lambda: a.__setitem__(slice(0, 3, 2), array('i', [1])))
t(lambda: a.__delitem__(5))
t(lambda: a + [1])
t(lambda: [1] + a)
t(lambda: a + array('b'))
t(lambda: a + b'ab')
t(lambda: a.extend(array('b', [1])))
t(lambda: a.extend(5))
t(lambda: a.extend(['x']))
t(lambda: a.append('x'))
t(lambda: a.append(1.0))
t(lambda: a.index(99))
t(lambda: a.remove(99))
t(lambda: array('i').pop())
t(lambda: a.pop(10))
t(lambda: a.fromlist((1, 2)))
t(lambda: a.fromlist([1, 'x']))
t(lambda: a.frombytes('abc'))
t(lambda: a.frombytes(b'abc'))
t(lambda: a.frombytes(5))
t(lambda: hash(a))
t(lambda: a * 'x')
t(lambda: a * 1.5)
t(lambda: a < [1])
t(lambda: a < 5)
t(lambda: a == [1, 2, 3])
t(lambda: a == (1, 2, 3))
t(lambda: a != 'abc')
print(a)          # failed operations left it unchanged

def iadd():
    b = array('i')
    b += [1]
t(iadd)

def iadd2():
    b = array('i')
    b += array('h', [1])
t(iadd2)

class Idx:
    def __index__(self):
        return 5

t(lambda: array('i', [Idx()]))
t(lambda: array('i', [True, False]))
t(lambda: a[Idx() if 0 else 1])
