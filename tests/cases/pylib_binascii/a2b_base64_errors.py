import binascii

for s in [b'T', b'TW', b'TWF', b'TWFuT', b'TQ=', b'TWE', b'TWFuTWE', b'A===',
          b'AAAAA', b'A', 'T', 'TQ', b'!T!', '\u00e9TWFu']:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except ValueError as e:
        print(repr(s), 'ValueError', isinstance(e, binascii.Error))
for bad in [5, None, 1.5]:
    try:
        binascii.a2b_base64(bad)
    except TypeError as e:
        print(type(e).__name__)
