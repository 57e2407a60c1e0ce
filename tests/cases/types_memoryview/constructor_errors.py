def attempt(*args):
    try:
        m = memoryview(*args)
        print(bytes(m))
    except TypeError:
        print('TypeError')

attempt('abc')
attempt(5)
attempt([1, 2])
attempt(None)
attempt()
attempt(b'a', b'b')
attempt(b'ok')
attempt(bytearray(b'ok2'))
attempt(memoryview(b'ok3'))
attempt(object())
