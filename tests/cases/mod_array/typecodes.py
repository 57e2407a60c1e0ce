# every typecode: construction, item access, methods, operators, repr
from array import array
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), list(a), bytes(a))
    a.append(4); a.extend([5, 6]); a.extend(array(tc, [7]))
    print(a, a[0], a[-1], a[1:3], a[::-2], a[::2])
    a[0] = 10; a[-1] = 11
    print(a, 3 in a, 99 in a, a.count(2), a.index(3))
    a[1:3] = array(tc, [20, 21, 22])
    print(a)
    del a[0]; del a[::3]
    print(a, a.pop(), a.pop(0), a)
    a.insert(1, 42); a.insert(-100, 1); a.insert(100, 2); a.remove(42)
    print(a, a.tolist())
    b = a + a
    b += array(tc, [9])
    print(b, b * 2, 2 * b, b * 0, b * -1)
    b *= 2
    print(b, b == a, b != a, a == a[:], a < b, a <= b, a > b, a >= b)
    print(array(tc), str(array(tc)), repr(array(tc, [5])))
    print(bytearray(array(tc, [1, 2])), bytes(array(tc, [7])) == array(tc, [7]).tobytes())
    c = array(tc, b'\x01\x02\x03\x04\x05\x06\x07\x08')
    print(c)
    c.byteswap(); print(c); c.reverse(); print(c)
    print(array(tc, array('b', [1, 2])), array(tc, (x for x in range(3))))
