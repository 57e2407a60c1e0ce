# machine.CAN on the simulated bus: two controllers, filters, modes, errors
import machine
from machine import CAN

print(CAN.TX_QUEUE_LEN, CAN.FILTERS_MAX, CAN.MODE_NORMAL, CAN.MODE_SILENT_LOOPBACK)
print(CAN.FLAG_RTR, CAN.FLAG_EXT_ID, CAN.FLAG_UNORDERED, CAN.IRQ_TX_IDX_SHIFT)

for args in [(2, 500000), (0, 999), (0, 500000, 7), (-1, 500000)]:
    try:
        CAN(*args)
    except ValueError:
        print('ValueError', args)
for kw in [{'sjw': 5}, {'tseg1': 4}, {'sample_point': 100}]:
    try:
        CAN(0, 500000, **kw)
    except ValueError:
        print('ValueError', sorted(kw))
try:
    CAN(0)
except TypeError:
    print('TypeError no bitrate')
try:
    CAN(0, 'fast')
except TypeError:
    print('TypeError bitrate')

a = CAN(0, 500000)
b = CAN(1, 500000, mode=CAN.MODE_NORMAL)
print(a, a.state() == CAN.STATE_ACTIVE)
print(a.get_timings())
print(CAN(1, 250000, tseg1=13, tseg2=2, sjw=2).get_timings())
b.init(500000)

# nothing is received before set_filters
print(a.send(0x100, b'\x01'), b.recv())
b.set_filters(None)
print(a.send(0x101, b'hello'))
res = b.recv()
print(hex(res[0]), bytes(res[1]), res[2], res[3], type(res[1]).__name__)

# filters: a range of standard ids and one extended id
b.set_filters(((0x300, 0x700, 0), (0x50700, 0x1FFFFFFF, CAN.FLAG_EXT_ID)))
for ident, flags in [(0x301, 0), (0x400, 0), (0x3FF, CAN.FLAG_EXT_ID),
                     (0x50700, CAN.FLAG_EXT_ID), (0x50701, CAN.FLAG_EXT_ID)]:
    a.send(ident, b'x', flags)
buf = [0, memoryview(bytearray(8)), 0, 0]
while True:
    r = b.recv(buf)
    if r is None:
        break
    print(r is buf, hex(r[0]), bytes(r[1]), r[2], r[3])

for bad in [(0x800, b''), (0x20000000, b'', CAN.FLAG_EXT_ID), (1, bytes(9)), (1, b'', 64)]:
    try:
        a.send(*bad)
    except ValueError:
        print('ValueError send', bad[0])
try:
    a.send(1, 2)
except TypeError:
    print('TypeError send')
try:
    b.set_filters([(0x800, 0x7FF, 0)])
except ValueError:
    print('ValueError filter')
try:
    b.set_filters([(1, 1, 0)] * 17)
except ValueError:
    print('ValueError filters')

# RTR: data ignored, length = DLC
b.set_filters([(0x55, 0x7FF, CAN.FLAG_RTR)])
a.send(0x55, b'12345', CAN.FLAG_RTR)
a.send(0x55, b'data')
r = b.recv()
print(hex(r[0]), bytes(r[1]), r[2] == CAN.FLAG_RTR, b.recv())

# no one to acknowledge: the frame stays queued, error passive
b.deinit()
print(b.state() == CAN.STATE_STOPPED)
print(a.send(0x10, b'a'), a.state() == CAN.STATE_PASSIVE, a.get_counters())
print(a.send(0x10, b'b'), a.send(0x10, b'b', CAN.FLAG_UNORDERED), a.send(0x9, b'c'),
      a.send(0x11, b''))
print(a.cancel_send(1), a.cancel_send(1), a.get_counters()[5])
try:
    a.cancel_send(3)
except ValueError:
    print('ValueError cancel')
b.init(500000)            # b acknowledges now: the queue goes out
print(a.get_counters()[:6], a.state() == CAN.STATE_WARNING)

# irq: flags() gives the events one by one
events = []
def handler(can):
    while True:
        f = can.irq().flags()
        if not f:
            break
        events.append((f & 0xFF, (f >> CAN.IRQ_TX_IDX_SHIFT) & CAN.IRQ_TX_IDX_MASK))
irq = a.irq(handler, trigger=CAN.IRQ_TX | CAN.IRQ_STATE)
print(type(irq).__name__, a.irq() is irq)
a.send(0x20, b'1')
a.send(0x21, b'2')
machine.idle()
print(events)
events.clear()
b.deinit()
i = a.send(0x22, b'3')
a.cancel_send(i)
machine.idle()
print(events)    # error passive (no ack), then the cancel
print(events == [(CAN.IRQ_STATE, 0), (CAN.IRQ_TX | CAN.IRQ_TX_FAILED, i)])
a.irq(None)

# loopback modes
a.init(125000, CAN.MODE_SILENT_LOOPBACK)
a.set_filters(None)
a.send(0x7FF, b'me', CAN.FLAG_UNORDERED)
r = a.recv()
print(hex(r[0]), bytes(r[1]))
a.init(125000, CAN.MODE_SILENT)
try:
    a.send(1, b'')
except OSError:
    print('OSError silent')

# restart after bus off is not needed; deinit'ed: OSError
a.deinit()
try:
    a.send(1, b'')
except OSError:
    print('OSError deinit')
print(a.recv(), a.state())
