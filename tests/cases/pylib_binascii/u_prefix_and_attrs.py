try:
    import ubinascii as binascii
except ImportError:
    import binascii

for name in ['hexlify', 'unhexlify', 'a2b_base64', 'b2a_base64', 'crc32', 'Error']:
    print(name, hasattr(binascii, name))
print(binascii.hexlify(binascii.a2b_base64(binascii.b2a_base64(b'\x01\x02'))))
