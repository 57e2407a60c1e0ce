import struct

# a small binary file format: header + fixed-size records + trailer
HEADER = '<4sHHI'
RECORD = '<IhH8sd'
TRAILER = '>I'

def checksum(data):
    c = 0
    for b in data:
        c = (c * 33 + b) & 0xffffffff
    return c

def write(records):
    out = bytearray(struct.pack(HEADER, b'REC1', 1, struct.calcsize(RECORD), len(records)))
    for r in records:
        out += struct.pack(RECORD, *r)
    out += struct.pack(TRAILER, checksum(out))
    return bytes(out)

def read(data):
    magic, version, rsize, count = struct.unpack_from(HEADER, data)
    assert magic == b'REC1' and rsize == struct.calcsize(RECORD)
    pos = struct.calcsize(HEADER)
    recs = []
    for i in range(count):
        rid, temp, flags, name, value = struct.unpack_from(RECORD, data, pos)
        recs.append((rid, temp, flags, name.rstrip(b'\x00'), value))
        pos += rsize
    (crc,) = struct.unpack_from(TRAILER, data, pos)
    return version, recs, crc == checksum(data[:pos])

recs = [(i * 1000 + 7, i * 37 - 200, i ^ 0x5a, ('sensor%d' % i).encode(), i / 8 - 1.0) for i in range(6)]
data = write(recs)
print(len(data), data[:16].hex())
version, back, ok = read(data)
print(version, ok)
for r in back:
    print(r)
# patch one record in place, checksum now fails
buf = bytearray(data)
struct.pack_into('<h', buf, struct.calcsize(HEADER) + 4, -1)
print(read(buf)[1][0], read(buf)[2])
