import binascii

for s in [b'TWFu', b'TWE=', b'TQ==', b'', b'TQ==TQ==', b'=TQ==', b'TW\nFu',
          b'TW=E', b'TWE==', b'TQ=', b'TWFu=', b'TQ===', b'TWFu!', b'TQ= =',
          b'AAAA', b'TWFuTWE=']:
    try:
        print(repr(s), binascii.a2b_base64(s, strict_mode=True))
    except ValueError as e:
        print(repr(s), 'ValueError', isinstance(e, binascii.Error))
print(binascii.a2b_base64(b'TW\nFu', strict_mode=False))
