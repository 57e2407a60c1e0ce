# encode a small binary record as text with a checksum, then decode it
import binascii

def pack(fields):
    raw = bytearray()
    for f in fields:
        raw.append(len(f))
        raw.extend(f)
    crc = binascii.crc32(raw)
    raw.extend(bytes([(crc >> s) & 255 for s in (24, 16, 8, 0)]))
    return binascii.b2a_base64(bytes(raw), newline=False).decode()

def unpack(text):
    raw = binascii.a2b_base64(text)
    body, tail = raw[:-4], raw[-4:]
    crc = (tail[0] << 24) | (tail[1] << 16) | (tail[2] << 8) | tail[3]
    if binascii.crc32(body) != crc:
        raise ValueError('bad checksum')
    out = []
    i = 0
    while i < len(body):
        n = body[i]
        out.append(body[i + 1:i + 1 + n])
        i += 1 + n
    return out

t = pack([b'name', b'\x00\x01\x02', b'', b'last field'])
print(t)
print(unpack(t))
broken = t[:4] + ('A' if t[4] != 'A' else 'B') + t[5:]
try:
    unpack(broken)
except ValueError:
    print('ValueError')
print(binascii.hexlify(binascii.a2b_base64(t), ' ', 4))
