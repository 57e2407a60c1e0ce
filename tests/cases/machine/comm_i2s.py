# machine.I2S on the simulated board: arguments, tiny transfers, a tone part,
# I2S.shift
import machine
from machine import I2S, Pin
import simboard

print(I2S.RX, I2S.TX, I2S.MONO, I2S.STEREO)

good = dict(sck=Pin(1), ws=Pin(2), sd=Pin(3), mode=I2S.TX, bits=16,
            format=I2S.MONO, rate=8000, ibuf=2000)
for change in [{'bits': 24}, {'mode': 5}, {'format': 3}, {'rate': 0},
               {'ibuf': 0}]:
    kw = dict(good)
    kw.update(change)
    try:
        I2S(0, **kw)
    except ValueError:
        print('ValueError', list(change)[0])
try:
    I2S(2, **good)
except ValueError:
    print('ValueError id')
kw = dict(good)
del kw['sd']
try:
    I2S(0, **kw)
except TypeError:
    print('TypeError no sd')
try:
    I2S(0, **dict(good, bits='16'))
except TypeError:
    print('TypeError bits')

tx = I2S(0, **good)
print(tx)
print(tx.write(b'\x01\x02\x03\x04\x05'))     # whole frames only
print(tx.write(bytearray(6)))
try:
    tx.readinto(bytearray(4))
except ValueError:
    print('ValueError readinto on TX')
tx.deinit()
try:
    tx.write(b'\0\0')
except OSError:
    print('OSError after deinit')

# silence without a part
rx = I2S(1, sck=4, ws=5, sd=6, mode=I2S.RX, bits=16, format=I2S.STEREO,
         rate=8000, ibuf=1000)
buf = bytearray(10)
print(rx.readinto(buf), buf)

# a 1 kHz tone at 8 kHz sampling: 8 samples per cycle, half scale
simboard.attach('i2s_tone', 1, 0, 1000)
rx.init(sck=4, ws=5, sd=6, mode=I2S.RX, bits=16, format=I2S.MONO, rate=8000,
        ibuf=1000)
buf = bytearray(16)
print(rx.readinto(buf))
s = [int.from_bytes(buf[i:i + 2], 'little', signed=True) for i in range(0, 16, 2)]
print(s)
simboard.set('i2s_tone', 1, 0, (1, 1000))       # full scale
rx.init(sck=4, ws=5, sd=6, mode=I2S.RX, bits=32, format=I2S.MONO, rate=8000,
        ibuf=1000)
buf = bytearray(16)
rx.readinto(buf)
print([int.from_bytes(buf[i:i + 4], 'little', signed=True) for i in range(0, 16, 4)])

# irq: the handler runs after a transfer
done = []
rx.irq(lambda i2s: done.append(i2s is rx))
rx.readinto(bytearray(4))
machine.idle()
print(done)
rx.irq(None)
rx.deinit()

# I2S.shift: in place, per sample; left wraps, right is arithmetic
b = bytearray(b'\x01\x00\xff\xff\x00\x40\x00\x80')
I2S.shift(buf=b, bits=16, shift=1)
print(b.hex())
b = bytearray(b'\x01\x00\xff\xff\x00\x40\x00\x80')
I2S.shift(buf=b, bits=16, shift=-2)
print(b.hex())
b = bytearray((-1000).to_bytes(4, 'little', signed=True) + (7).to_bytes(4, 'little'))
I2S.shift(buf=b, bits=32, shift=-1)
print(int.from_bytes(b[:4], 'little', signed=True), int.from_bytes(b[4:], 'little'))
try:
    I2S.shift(buf=b, bits=8, shift=1)
except ValueError:
    print('ValueError shift bits')
try:
    I2S.shift(b, 16, 1)
except TypeError:
    print('TypeError shift positional')
