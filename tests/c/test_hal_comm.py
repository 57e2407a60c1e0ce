"""The host board's I2S, CAN and UART-on-a-pty (hal/host/sim_comm.c, built
into hal_host.c), called directly through cffi."""
import errno
import math
import os
import struct

import pytest

import cffi  # noqa: F401

I2S_TONE, UART_PTY = 8, 9
TX, RX = 0, 1
NORMAL, SLEEP, LOOPBACK, SILENT, SILENT_LOOPBACK = 0, 1, 2, 3, 4
RTR, EXT, UNORDERED = 1, 2, 4
STOPPED, ACTIVE, WARNING, PASSIVE, BUS_OFF = 0, 1, 2, 3, 4
IRQ_RX, IRQ_TX, IRQ_STATE, IRQ_TX_FAILED = 1, 2, 4, 8
ERR_FULL, ERR_OVERRUN = 1, 2


@pytest.fixture
def ffi(built):
    return built.ffi


def vhal(hal):
    assert hal.mp_hal_set_virtual_time(1) == 0
    return hal.mp_hal_ticks_us()


# ------------------------------------------------------------ I2S

def i2s_write(hal, ffi, i, data):
    b = ffi.new('unsigned char[]', bytes(data) or b'\0')
    return hal.mp_hal_i2s_write(i, b, len(data))


def i2s_read(hal, ffi, i, n):
    b = ffi.new('unsigned char[]', max(n, 1))
    r = hal.mp_hal_i2s_read(i, b, n)
    return r, bytes(ffi.buffer(b, max(r, 0)))


def test_i2s_args(hal, ffi):
    assert hal.mp_hal_i2s_init(2, TX, 16, 2, 44100, 1, 2, 3) == -errno.EINVAL
    assert hal.mp_hal_i2s_init(0, 2, 16, 2, 44100, 1, 2, 3) == -errno.EINVAL
    assert hal.mp_hal_i2s_init(0, TX, 24, 2, 44100, 1, 2, 3) == -errno.EINVAL
    assert hal.mp_hal_i2s_init(0, TX, 16, 3, 44100, 1, 2, 3) == -errno.EINVAL
    assert hal.mp_hal_i2s_init(0, TX, 16, 2, 999, 1, 2, 3) == -errno.EINVAL
    assert hal.mp_hal_i2s_init(0, TX, 16, 2, 192001, 1, 2, 3) == -errno.EINVAL
    assert i2s_write(hal, ffi, 0, b'1234') == -errno.EINVAL    # not init
    assert hal.mp_hal_i2s_init(0, TX, 16, 2, 8000, 1, 2, 3) == 0
    assert i2s_read(hal, ffi, 0, 4)[0] == -errno.EINVAL         # direction
    assert hal.mp_hal_i2s_init(1, RX, 16, 1, 8000, 4, 5, 6) == 0
    assert i2s_write(hal, ffi, 1, b'12') == -errno.EINVAL
    assert hal.mp_hal_i2s_deinit(1) == 0
    assert i2s_read(hal, ffi, 1, 4)[0] == -errno.EINVAL


def test_i2s_write_timing_and_count(hal, ffi):
    t0 = vhal(hal)
    assert hal.mp_hal_i2s_init(0, TX, 16, 2, 8000, 1, 2, 3) == 0
    assert hal.mp_hal_sim_get(I2S_TONE, 0, 0, 1) == 0
    # 1 s of stereo 16-bit at 8 kHz = 32000 bytes, in odd chunks
    total = 0
    for n in [1001, 3000, 7] * 10 + [32000]:
        total += i2s_write(hal, ffi, 0, bytes(n))
        if total >= 32000:
            break
    assert total % 4 == 0
    assert i2s_write(hal, ffi, 0, b'123') == 0      # less than a frame
    assert hal.mp_hal_sim_get(I2S_TONE, 0, 0, 1) == total
    assert hal.mp_hal_ticks_us() - t0 == total // 4 * 1000000 // 8000


def test_i2s_exact_second(hal, ffi):
    t0 = vhal(hal)
    assert hal.mp_hal_i2s_init(1, TX, 32, 1, 44100, -1, -1, -1) == 0
    for _ in range(100):
        assert i2s_write(hal, ffi, 1, bytes(441 * 4)) == 441 * 4
    assert hal.mp_hal_ticks_us() - t0 == 1000000
    assert hal.mp_hal_sim_get(I2S_TONE, 1, 0, 1) == 44100 * 4


def test_i2s_silence_and_tone(hal, ffi):
    t0 = vhal(hal)
    assert hal.mp_hal_i2s_init(0, RX, 16, 1, 8000, 1, 2, 3) == 0
    r, data = i2s_read(hal, ffi, 0, 801)
    assert r == 800 and data == bytes(800)
    assert hal.mp_hal_ticks_us() - t0 == 50000
    assert hal.mp_hal_sim_get(I2S_TONE, 0, 0, 0) == -errno.ENODEV
    assert hal.mp_hal_sim_attach(I2S_TONE, 0, 0, 1000) == 0
    assert hal.mp_hal_sim_attach(I2S_TONE, 0, 0, 1000) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(I2S_TONE, 2, 0, 1000) == -errno.EINVAL
    assert hal.mp_hal_sim_get(I2S_TONE, 0, 0, 0) == 1000
    assert hal.mp_hal_i2s_init(0, RX, 16, 1, 8000, 1, 2, 3) == 0  # phase 0
    r, data = i2s_read(hal, ffi, 0, 16000)      # 1 s
    s = struct.unpack('<8000h', data)
    peak = round(0.5 * 32767)
    assert max(s) == peak and min(s) == -peak
    for n in range(0, 8000, 97):
        assert abs(s[n] - 0.5 * 32767 * math.sin(2 * math.pi * n / 8)) <= 1
    ups = sum(1 for a, b in zip(s, s[1:]) if a <= 0 < b)
    assert ups in (999, 1000)
    # the same again after a new init: runs repeat exactly
    assert hal.mp_hal_i2s_init(0, RX, 16, 1, 8000, 1, 2, 3) == 0
    assert i2s_read(hal, ffi, 0, 16000)[1] == data
    # amplitude, frequency, 32-bit stereo
    assert hal.mp_hal_sim_set(I2S_TONE, 0, 0, 1, 1000) == 0
    assert hal.mp_hal_sim_set(I2S_TONE, 0, 0, 0, 250) == 0
    assert hal.mp_hal_sim_set(I2S_TONE, 0, 0, 1, 1001) == -errno.EINVAL
    assert hal.mp_hal_sim_set(I2S_TONE, 1, 0, 1, 10) == -errno.ENODEV
    assert hal.mp_hal_i2s_init(0, RX, 32, 2, 1000, 1, 2, 3) == 0
    r, data = i2s_read(hal, ffi, 0, 8 * 8)
    s = struct.unpack('<16i', data)
    assert s[0::2] == s[1::2]
    assert s[0] == 0 and s[1 * 2] == 2147483647 and s[2 * 2] == 0
    assert s[3 * 2] == -2147483647


# ------------------------------------------------------------ CAN

def send(hal, ffi, i, ident, data=b'', flags=0, length=None):
    b = ffi.new('unsigned char[]', bytes(data) or b'\0')
    return hal.mp_hal_can_send(i, ident, b,
                               len(data) if length is None else length, flags)


def recv(hal, ffi, i):
    b = ffi.new('unsigned char[16]')
    r = hal.mp_hal_can_recv(i, b)
    if r <= 0:
        return r
    f = bytes(ffi.buffer(b, 16))
    ident = struct.unpack('<I', f[:4])[0]
    return ident, f[4], f[5], f[8:8 + f[6]]


def events(hal, i):
    out = []
    while True:
        e = hal.mp_hal_can_irq_pop(i)
        if not e:
            return out
        out.append(e)


def test_can_args(hal, ffi):
    assert hal.mp_hal_can_init(2, 500000, NORMAL) == -errno.EINVAL
    assert hal.mp_hal_can_init(0, 999, NORMAL) == -errno.EINVAL
    assert hal.mp_hal_can_init(0, 1000001, NORMAL) == -errno.EINVAL
    assert hal.mp_hal_can_init(0, 500000, 5) == -errno.EINVAL
    assert hal.mp_hal_can_state(0) == STOPPED
    assert send(hal, ffi, 0, 0x123, b'x') == -errno.EIO
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert hal.mp_hal_can_state(0) == ACTIVE
    assert send(hal, ffi, 0, 0x800, b'x') == -errno.EINVAL
    assert send(hal, ffi, 0, 0x20000000, b'x', EXT) == -errno.EINVAL
    assert send(hal, ffi, 0, -1, b'x') == -errno.EINVAL
    assert send(hal, ffi, 0, 1, bytes(9)) == -errno.EINVAL
    assert send(hal, ffi, 0, 1, b'', 16) == -errno.EINVAL
    assert hal.mp_hal_can_set_filter(0, 16, 0, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_can_set_filter(0, 0, 0x800, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_can_filters(0, 17) == -errno.EINVAL
    assert hal.mp_hal_can_cancel(0, 3) == -errno.EINVAL
    assert hal.mp_hal_can_counter(0, 8) == -errno.EINVAL
    assert hal.mp_hal_sim_can_errors(-1) == -errno.EINVAL


def test_can_delivery_and_filters(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert hal.mp_hal_can_init(1, 500000, NORMAL) == 0
    assert send(hal, ffi, 0, 0x123, b'\1\2\3') == 0
    assert events(hal, 0) == [IRQ_TX]
    assert recv(hal, ffi, 1) == 0           # no filters: nothing received
    assert events(hal, 1) == []
    assert hal.mp_hal_can_filters(1, -1) == 0
    assert send(hal, ffi, 0, 0x123, b'\1\2\3') == 0
    assert recv(hal, ffi, 1) == (0x123, 0, 0, b'\1\2\3')
    assert events(hal, 1) == [IRQ_RX]
    # filters: id/mask, EXT must match, RTR filter only RTR frames
    assert hal.mp_hal_can_set_filter(1, 0, 0x100, 0x700, 0) == 0
    assert hal.mp_hal_can_set_filter(1, 1, 0x12345678, 0x1FFFFFFF, EXT) == 0
    assert hal.mp_hal_can_set_filter(1, 2, 0x050, 0x7FF, RTR) == 0
    assert hal.mp_hal_can_filters(1, 3) == 0
    for ident, flags in [(0x1AB, 0), (0x2AB, 0), (0x100, EXT),
                         (0x12345678, EXT), (0x12345679, EXT),
                         (0x050, 0), (0x050, RTR)]:
        assert send(hal, ffi, 0, ident, b'\xaa', flags) >= 0
    got = []
    while True:
        r = recv(hal, ffi, 1)
        if r == 0:
            break
        got.append(r)
    assert got == [(0x1AB, 0, 0, b'\xaa'), (0x12345678, EXT, 0, b'\xaa'),
                   (0x050, RTR, 0, bytes(1))]
    assert hal.mp_hal_can_counter(0, 0) == 0


def test_can_rtr_data_zero(hal, ffi):
    assert hal.mp_hal_can_init(0, 125000, NORMAL) == 0
    assert hal.mp_hal_can_init(1, 125000, NORMAL) == 0
    assert hal.mp_hal_can_filters(1, -1) == 0
    b = ffi.new('unsigned char[]', b'\xff' * 8)
    assert hal.mp_hal_can_send(0, 0x7FF, b, 4, RTR) == 0
    assert recv(hal, ffi, 1) == (0x7FF, RTR, 0, bytes(4))


def test_can_no_ack_passive_then_retry(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert send(hal, ffi, 0, 0x10, b'a') == 0
    assert hal.mp_hal_can_state(0) == PASSIVE
    assert hal.mp_hal_can_counter(0, 0) == 128
    assert hal.mp_hal_can_counter(0, 2) == 1
    assert hal.mp_hal_can_counter(0, 3) == 1
    assert hal.mp_hal_can_counter(0, 5) == 1
    assert events(hal, 0) == [IRQ_STATE, IRQ_STATE]
    # an equal id without UNORDERED: -EAGAIN; with it: queued
    assert send(hal, ffi, 0, 0x10, b'b') == -errno.EAGAIN
    assert send(hal, ffi, 0, 0x10, b'b', UNORDERED) == 1
    assert send(hal, ffi, 0, 0x08, b'c') == 2
    assert send(hal, ffi, 0, 0x20, b'd') == -errno.EAGAIN       # full
    assert hal.mp_hal_can_counter(0, 0) == 128
    # a silent node does not ack
    assert hal.mp_hal_can_init(1, 500000, SILENT) == 0
    assert hal.mp_hal_can_counter(0, 5) == 3
    assert send(hal, ffi, 1, 0x1, b'') == -errno.EIO
    # a normal node acks: sent in priority order
    assert hal.mp_hal_can_init(1, 500000, NORMAL) == 0
    assert hal.mp_hal_can_filters(1, -1) == 0
    assert hal.mp_hal_can_counter(0, 5) == 0
    # TEC 127 after the first: back to warning
    assert events(hal, 0) == [IRQ_TX | 2 << 8, IRQ_STATE, IRQ_TX | 0 << 8,
                              IRQ_TX | 1 << 8]
    assert hal.mp_hal_can_counter(0, 0) == 125
    assert hal.mp_hal_can_state(0) == WARNING
    assert recv(hal, ffi, 1) == 0   # sent at its init: no filters yet


def test_can_loopback_modes(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, LOOPBACK) == 0
    assert hal.mp_hal_can_filters(0, -1) == 0
    assert send(hal, ffi, 0, 0x55, b'hi') == 0        # no ack needed
    assert recv(hal, ffi, 0) == (0x55, 0, 0, b'hi')
    assert events(hal, 0) == [IRQ_TX, IRQ_RX]
    # another node hears a LOOPBACK node; SILENT_LOOPBACK puts nothing out
    assert hal.mp_hal_can_init(1, 500000, SILENT) == 0
    assert hal.mp_hal_can_filters(1, -1) == 0
    assert send(hal, ffi, 0, 0x56, b'') == 0
    assert recv(hal, ffi, 1) == (0x56, 0, 0, b'')
    assert hal.mp_hal_can_init(0, 500000, SILENT_LOOPBACK) == 0
    assert hal.mp_hal_can_filters(0, -1) == 0
    assert send(hal, ffi, 0, 0x57, b'z') == 0
    assert recv(hal, ffi, 0) == (0x57, 0, 0, b'z')
    assert recv(hal, ffi, 1) == 0
    # SLEEP: queued, nothing happens
    assert hal.mp_hal_can_init(0, 500000, SLEEP) == 0
    assert send(hal, ffi, 0, 0x58, b'') == 0
    assert hal.mp_hal_can_counter(0, 5) == 1 and hal.mp_hal_can_counter(0, 0) == 0


def test_can_rx_overrun(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert hal.mp_hal_can_init(1, 500000, NORMAL) == 0
    assert hal.mp_hal_can_filters(1, -1) == 0
    for i in range(18):
        assert send(hal, ffi, 0, i, bytes([i])) == 0
    assert hal.mp_hal_can_counter(1, 6) == 16
    assert hal.mp_hal_can_counter(1, 7) == 2
    assert recv(hal, ffi, 1) == (0, 0, ERR_FULL | ERR_OVERRUN, b'\0')
    assert recv(hal, ffi, 1) == (1, 0, 0, b'\1')
    assert events(hal, 1) == [IRQ_RX] * 16


def test_can_bit_errors_bus_off_restart(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert hal.mp_hal_can_init(1, 500000, NORMAL) == 0
    assert hal.mp_hal_can_filters(1, -1) == 0
    assert hal.mp_hal_sim_can_errors(3) == 0
    assert send(hal, ffi, 0, 0x1, b'1') == 0
    assert hal.mp_hal_can_counter(0, 0) == 23           # 3 * 8 - 1
    assert hal.mp_hal_can_counter(1, 1) == 2            # 3 - 1
    assert recv(hal, ffi, 1) == (1, 0, 0, b'1')
    assert hal.mp_hal_sim_can_errors(40) == 0
    assert send(hal, ffi, 0, 0x2, b'2') == 0
    assert hal.mp_hal_can_state(0) == BUS_OFF
    assert [hal.mp_hal_can_counter(0, k) for k in (2, 3, 4, 5)] == [1, 1, 1, 0]
    assert events(hal, 0) == [IRQ_TX, IRQ_STATE, IRQ_STATE, IRQ_STATE]
    assert send(hal, ffi, 0, 0x3, b'3') == -errno.EIO
    assert hal.mp_hal_sim_can_errors(0) == 0
    assert hal.mp_hal_can_restart(0) == 0
    assert hal.mp_hal_can_state(0) == ACTIVE
    assert events(hal, 0) == [IRQ_STATE]
    assert [hal.mp_hal_can_counter(0, k) for k in range(5)] == [0, 0, 0, 0, 0]
    assert send(hal, ffi, 0, 0x3, b'3') == 0


def test_can_cancel_and_deinit(hal, ffi):
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert send(hal, ffi, 0, 0x1, b'') == 0
    events(hal, 0)
    assert hal.mp_hal_can_cancel(0, 0) == 1
    assert hal.mp_hal_can_cancel(0, 0) == 0
    assert events(hal, 0) == [IRQ_TX | IRQ_TX_FAILED]
    assert send(hal, ffi, 0, 0x1, b'') == 0
    assert hal.mp_hal_can_deinit(0) == 0
    assert hal.mp_hal_can_state(0) == STOPPED
    assert hal.mp_hal_can_counter(0, 5) == 0


def test_can_trace(hal, ffi, tmp_path):
    vhal(hal)
    path = str(tmp_path / 't.log')
    assert hal.mp_hal_trace_open(path.encode(), 1) == 0
    assert hal.mp_hal_can_init(0, 500000, NORMAL) == 0
    assert hal.mp_hal_can_init(1, 500000, NORMAL) == 0
    assert send(hal, ffi, 0, 0x123, b'\1\2\3') == 0
    assert send(hal, ffi, 1, 0x1234567, b'', EXT) == 0
    assert send(hal, ffi, 1, 0x7, b'', RTR, length=2) == 0
    assert hal.mp_hal_i2s_init(0, TX, 16, 1, 8000, 1, 2, 3) == 0
    assert i2s_write(hal, ffi, 0, b'\1\2\3\4\5') == 4
    assert hal.mp_hal_trace_close() == 0
    lines = [l.split(' ', 1)[1] for l in open(path).read().splitlines()]
    assert lines == ['can0 T 123 [3] 01 02 03', 'can1 T 01234567 [0]',
                     'can1 T 007 R [2]', 'i2s0 W 4 bytes 01 02 03 04']


# ------------------------------------------------------------ UART_PTY

def test_uart_pty_round_trip(hal, ffi):
    assert hal.mp_hal_sim_attach(UART_PTY, 4, 0, 0) == -errno.EINVAL
    buf = ffi.new('char[64]')
    assert hal.mp_hal_sim_pty_name(1, buf, 64) == -errno.ENODEV
    assert hal.mp_hal_sim_attach(UART_PTY, 1, 0, 0) == 0
    assert hal.mp_hal_sim_attach(UART_PTY, 1, 0, 0) == -errno.EBUSY
    n = hal.mp_hal_sim_pty_name(1, buf, 64)
    name = ffi.string(buf).decode()
    assert n == len(name) and name.startswith('/dev/')
    assert hal.mp_hal_uart_init(1, 115200, 8, -1, 1, -1, -1) == 0
    fd = os.open(name, os.O_RDWR | os.O_NOCTTY)
    try:
        import termios
        import tty
        tty.setraw(fd)
        os.write(fd, b'hello\n\xff')
        import time
        for _ in range(100):
            if hal.mp_hal_uart_any(1) >= 7:
                break
            time.sleep(0.01)
        assert hal.mp_hal_uart_any(1) == 7
        rb = ffi.new('unsigned char[16]')
        assert hal.mp_hal_uart_read(1, rb, 16) == 7
        assert bytes(ffi.buffer(rb, 7)) == b'hello\n\xff'
        wb = ffi.new('unsigned char[]', b'world\r\n\x00')
        assert hal.mp_hal_uart_write(1, wb, 8) == 8
        got = b''
        for _ in range(100):
            got += os.read(fd, 100)
            if len(got) >= 8:
                break
        assert got == b'world\r\n\x00'
        termios.tcflush(fd, termios.TCIOFLUSH)
    finally:
        os.close(fd)
    # a new board closes the pty
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_sim_pty_name(1, buf, 64) == -errno.ENODEV
