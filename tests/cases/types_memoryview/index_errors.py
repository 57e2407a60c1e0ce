mv = memoryview(bytearray(b'abc'))
def attempt(f):
    try:
        print(f())
    except IndexError:
        print('IndexError')
    except TypeError:
        print('TypeError')
    except ValueError:
        print('ValueError')

attempt(lambda: mv[3])
attempt(lambda: mv[-4])
attempt(lambda: mv[1:][2])
attempt(lambda: mv['a'])
attempt(lambda: mv[1.0])
attempt(lambda: mv[None])
def store(i, v):
    mv[i] = v
attempt(lambda: store(5, 1))
attempt(lambda: store(0, 256))
attempt(lambda: store(0, -1))
attempt(lambda: store(0, 'a'))
attempt(lambda: store(0, 1.5))
attempt(lambda: store(0, 255))
print(bytes(mv))
