# A memory-mapped-register-like structure with bitfields (native layout),
# read and written; signed bitfields; bitfields in both byte orders.
import uctypes

CTRL = {
    "raw": uctypes.UINT32 | 0,
    "enable": uctypes.BFUINT32 | 0 | 0 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
    "mode": uctypes.BFUINT32 | 0 | 1 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "prescaler": uctypes.BFUINT32 | 0 | 8 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    "top": uctypes.BFUINT32 | 0 | 28 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "status": uctypes.UINT16 | 4,
    "ready": uctypes.BFUINT16 | 4 | 15 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
    "count": uctypes.BFUINT16 | 4 | 0 << uctypes.BF_POS | 10 << uctypes.BF_LEN,
    "small": uctypes.BFUINT8 | 6 | 2 << uctypes.BF_POS | 5 << uctypes.BF_LEN,
    "delta": uctypes.BFINT8 | 7 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "offs": uctypes.BFINT16 | 8 | 4 << uctypes.BF_POS | 12 << uctypes.BF_LEN,
}

print(uctypes.sizeof(CTRL))
mem = bytearray(12)
reg = uctypes.struct(uctypes.addressof(mem), CTRL)
print(reg.raw, reg.enable, reg.mode, reg.prescaler, reg.top)

reg.enable = 1
reg.mode = 5
reg.prescaler = 0xC8
reg.top = 0xA
print(hex(reg.raw), bytes(mem[0:4]))
print(reg.enable, reg.mode, reg.prescaler, reg.top)

# writing the whole register, then reading the fields
reg.raw = 0x7FFF_FF0E
print(reg.enable, reg.mode, hex(reg.prescaler), reg.top)
# a value wider than the field is truncated to its bits
reg.mode = 0xF
print(reg.mode, hex(reg.raw))
reg.enable = 0
reg.enable = 2
print(reg.enable, hex(reg.raw))

reg.status = 0x8000 | 1000
print(reg.ready, reg.count)
reg.count = 1023
reg.ready = 0
print(hex(reg.status), reg.count, reg.ready)

reg.small = 31
print(mem[6], reg.small)
mem[6] = 0xFF
print(reg.small)

# signed bitfields are sign-extended
reg.delta = -3
print(reg.delta, hex(mem[7]))
reg.delta = 7
print(reg.delta)
reg.delta = 8
print(reg.delta)
reg.offs = -100
print(reg.offs, bytes(mem[8:10]))
reg.offs = 2047
print(reg.offs)
print(bytes(mem))

# the same bitfield descriptor in big endian and little endian layouts
BF = {"hi": uctypes.BFUINT16 | 0 | 12 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
      "lo": uctypes.BFUINT16 | 0 | 0 << uctypes.BF_POS | 8 << uctypes.BF_LEN}
two = bytearray(b"\x12\x34")
be = uctypes.struct(uctypes.addressof(two), BF, uctypes.BIG_ENDIAN)
le = uctypes.struct(uctypes.addressof(two), BF, uctypes.LITTLE_ENDIAN)
print(hex(be.hi), hex(be.lo), hex(le.hi), hex(le.lo))
be.hi = 0xF
print(two)
le.lo = 0xAB
print(two)
