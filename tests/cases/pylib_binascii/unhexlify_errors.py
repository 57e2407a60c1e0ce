import binascii

for bad in ['0', 'abc', 'zz', '0g', 'g0', ' 01', '01 ', '0x10', b'1', b'+-',
            '\u00e90']:
    try:
        print(binascii.unhexlify(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', isinstance(e, binascii.Error))
for bad in [5, None, [1, 2]]:
    try:
        binascii.unhexlify(bad)
    except TypeError as e:
        print(type(e).__name__)
print(issubclass(binascii.Error, ValueError))
