import binascii

# non-strict: characters outside the alphabet are skipped, data after the
# padding is ignored
for s in [b'TW\nFu', b'T W F u', b'TWFu!!', b'*TWFu', b'TWE=extra', b'TQ==TQ==',
          b'TQ=\n=', b'TWF=u', b'TQ===', b'TWFu====', b'TW=Fu', b'TWFuTQ==',
          b'\n\r\t', b'====', b'TWFu=', b'T=WFu', b'aGk=\x00', b'a-_b']:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except ValueError as e:
        print(repr(s), 'ValueError')
