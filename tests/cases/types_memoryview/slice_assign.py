ba = bytearray(b'abcdefgh')
mv = memoryview(ba)
mv[0:3] = b'XYZ'
print(ba)
mv[3:5] = bytearray(b'12')
print(ba)
mv[5:8] = memoryview(b'!!!')
print(ba)
mv[2:2] = b''
print(ba)
part = mv[4:]
part[:2] = b'__'
print(ba)
for bad in [b'toolong', b'', b'x', 'ab', [1, 2], 5]:
    try:
        mv[0:2] = bad
        print('ok', ba)
    except ValueError:
        print('ValueError')
    except TypeError:
        print('TypeError')
print(ba)
