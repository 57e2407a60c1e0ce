# Parse and modify an IPv4 + UDP header (big endian, packed) with uctypes.
import uctypes

IPV4 = {
    "ver_ihl": uctypes.UINT8 | 0,
    "version": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "ihl": uctypes.BFUINT8 | 0 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "tos": uctypes.UINT8 | 1,
    "total_len": uctypes.UINT16 | 2,
    "ident": uctypes.UINT16 | 4,
    "flags": uctypes.BFUINT16 | 6 | 13 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "frag": uctypes.BFUINT16 | 6 | 0 << uctypes.BF_POS | 13 << uctypes.BF_LEN,
    "ttl": uctypes.UINT8 | 8,
    "proto": uctypes.UINT8 | 9,
    "csum": uctypes.UINT16 | 10,
    "src": (uctypes.ARRAY | 12, uctypes.UINT8 | 4),
    "dst": (uctypes.ARRAY | 16, uctypes.UINT8 | 4),
}
UDP = {
    "sport": uctypes.UINT16 | 0,
    "dport": uctypes.UINT16 | 2,
    "length": uctypes.UINT16 | 4,
    "csum": uctypes.UINT16 | 6,
}
PACKET = {
    "ip": (0, IPV4),
    "udp": (20, UDP),
    "payload": (uctypes.ARRAY | 28, uctypes.UINT8 | 4),
}

raw = (b"\x45\x00\x00\x20\x1c\x46\x40\x00\x40\x11\xb1\xe6"
       b"\xc0\xa8\x00\x68\xc0\xa8\x00\x01"
       b"\xd4\x31\x00\x35\x00\x0c\x8a\xbc"
       b"ping")
buf = bytearray(raw)
print(uctypes.sizeof(IPV4, uctypes.BIG_ENDIAN), uctypes.sizeof(UDP, uctypes.BIG_ENDIAN),
      uctypes.sizeof(PACKET, uctypes.BIG_ENDIAN))

pkt = uctypes.struct(uctypes.addressof(buf), PACKET, uctypes.BIG_ENDIAN)
ip = pkt.ip
print("version", ip.version, "ihl", ip.ihl, "header bytes", ip.ihl * 4)
print("tos", ip.tos, "total_len", ip.total_len, "ident", hex(ip.ident))
print("flags", ip.flags, "DF", (ip.flags >> 1) & 1, "frag", ip.frag)
print("ttl", ip.ttl, "proto", ip.proto, "csum", hex(ip.csum))
print("src", ".".join(str(x) for x in ip.src))
print("dst", ".".join([str(ip.dst[i]) for i in range(4)]))
udp = pkt.udp
print("udp", udp.sport, udp.dport, udp.length, hex(udp.csum))
print("payload", bytes(pkt.payload))

# the same header read little endian gives byte-swapped fields
le = uctypes.struct(uctypes.addressof(buf), UDP, uctypes.LITTLE_ENDIAN)
print("le", hex(le.sport), hex(le.dport))
# a struct at an offset inside the buffer (pointer arithmetic)
u2 = uctypes.struct(uctypes.addressof(buf) + 20, UDP, uctypes.BIG_ENDIAN)
print("u2", u2.sport, u2.dport)

# modify: writes go into the original bytearray
ip.ttl -= 1
ip.flags = 0
ip.frag = 0x1234
udp.dport = 5353
ip.dst[3] = 254
pkt.payload[0] = ord("P")
print(bytes(buf[6:10]), bytes(buf[16:24]), bytes(buf[28:]))
print(ip.ttl, ip.flags, hex(ip.frag), udp.dport, list(ip.dst))
# values are truncated to the field width, as in C
udp.length = 0x12345
print(udp.length, buf[24:26])
# version and ihl share one byte
ip.version = 6
print(hex(ip.ver_ihl), ip.ihl)
ip.ihl = 0x1F
print(hex(ip.ver_ihl), ip.version, ip.ihl)
