mv = memoryview(b'abc')
print(mv == b'abc', b'abc' == mv, mv != b'abc', mv == b'abd', mv == b'ab')
print(mv == bytearray(b'abc'), bytearray(b'abc') == mv)
print(mv == memoryview(bytearray(b'abc')), mv == mv[:], mv[1:] == b'bc')
print(mv == 'abc', mv == [97, 98, 99], mv == None, mv != 1)
print(memoryview(b'') == b'')
def attempt(f):
    try:
        print(f())
    except TypeError:
        print('TypeError')
attempt(lambda: mv < b'abd')
attempt(lambda: mv >= mv)
