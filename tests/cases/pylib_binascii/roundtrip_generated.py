import binascii

state = [7]

def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return (state[0] >> 8) % n

ok = 0
crcs = []
for i in range(80):
    data = bytes(rnd(256) for _ in range(rnd(40)))
    h = binascii.hexlify(data)
    b = binascii.b2a_base64(data)
    if binascii.unhexlify(h) == data and binascii.a2b_base64(b) == data:
        ok += 1
    if binascii.unhexlify(h.decode().upper()) == data:
        ok += 1
    crcs.append(binascii.crc32(data))
    if i % 20 == 0:
        print(h, b)
print(ok, sum(crcs) % 1000003, crcs[:4])
