"""The host board's peripherals (hal/host/sim_bus.c and sim_periph.c, built
into hal_host.c), called directly through cffi: I2C with a simulated SHT3x
sensor and 24Cxx EEPROM, SPI with a 25-series flash, UART loopback, ADC
sources, DAC, PWM, RTC, watchdog, unique id, reset cause, scheduled changes
of the parts' readings and the text trace lines."""
import datetime
import errno
import os

import pytest

import cffi  # noqa: F401  (a test dependency: make env installs it)

HERE = os.path.dirname(os.path.abspath(__file__))
HAL_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'hal')

IN, OUT, OD, ALT = 0, 1, 2, 3
SHT3X, EEPROM24, SPI_FLASH, UART_LOOPBACK, ADC_SOURCE = 1, 2, 3, 4, 5




@pytest.fixture
def ffi(built):
    return built.ffi


def vhal(hal):
    assert hal.mp_hal_set_virtual_time(1) == 0
    return hal.mp_hal_ticks_us()


class Bus:
    """Small helpers over the raw transfer calls."""

    def __init__(self, hal, ffi):
        self.hal, self.ffi = hal, ffi

    def i2c(self, addr, w=b'', rlen=0, bus=0, flags=0):
        wb = self.ffi.new('unsigned char[]', bytes(w) or b'\0')
        rb = self.ffi.new('unsigned char[]', max(rlen, 1))
        res = self.hal.mp_hal_i2c_transfer(bus, addr, wb, len(w), rb, rlen,
                                           flags)
        return res, bytes(self.ffi.buffer(rb, rlen))

    def spi(self, tx, bus=0):
        tb = self.ffi.new('unsigned char[]', bytes(tx) or b'\0')
        rb = self.ffi.new('unsigned char[]', max(len(tx), 1))
        assert self.hal.mp_hal_spi_transfer(bus, tb, rb, len(tx)) == len(tx)
        return bytes(self.ffi.buffer(rb, len(tx)))


@pytest.fixture
def bus(hal, ffi):
    return Bus(hal, ffi)


def crc8(data):
    """Sensirion's CRC-8 (poly x^8+x^5+x^4+1 = 0x31, init 0xFF), written
    independently of the C one."""
    crc = 0xFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x31) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def sht_bytes(temp_c, rh):
    def word(raw):
        raw = max(0, min(65535, int(raw + 0.5)))
        b = bytes([raw >> 8, raw & 0xFF])
        return b + bytes([crc8(b)])
    return word((temp_c + 45) * 65535 / 175) + word(rh * 65535 / 100)


def read_text(path):
    with open(path) as f:
        return f.read().splitlines()


# ____________________________________________________________ I2C + SHT3x

def test_crc8_reference():
    assert crc8(b'\xbe\xef') == 0x92        # the datasheet's example


def test_sht3x_measurement_bytes(hal, bus):
    assert hal.mp_hal_i2c_init(0, 22, 21, 400000) == 0
    assert hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0) == 0
    # defaults: 25.000 degC, 50.000 %RH
    assert bus.i2c(0x44, b'\x24\x00') == (2, b'')
    res, data = bus.i2c(0x44, rlen=6)
    assert res == 6
    expect = sht_bytes(25.0, 50.0)
    assert expect[:2] == b'\x66\x66' and expect[3:5] == b'\x80\x00'
    assert data == expect
    # the data is gone once read: the next read is NACKed
    assert bus.i2c(0x44, rlen=6)[0] == -errno.EIO
    # other values, the clock-stretching command
    assert hal.mp_hal_sim_set(SHT3X, 0, 0x44, 0, -10500) == 0
    assert hal.mp_hal_sim_set(SHT3X, 0, 0x44, 1, 87250) == 0
    assert bus.i2c(0x44, b'\x2c\x06')[0] == 2
    assert bus.i2c(0x44, rlen=6) == (6, sht_bytes(-10.5, 87.25))
    # clamped outside the range
    hal.mp_hal_sim_set(SHT3X, 0, 0x44, 0, 200000)
    hal.mp_hal_sim_set(SHT3X, 0, 0x44, 1, -5)
    bus.i2c(0x44, b'\x24\x00')
    data = bus.i2c(0x44, rlen=6)[1]
    assert data[:2] == b'\xff\xff' and data[3:5] == b'\x00\x00'


def test_sht3x_decodes_like_a_driver(hal, bus):
    hal.mp_hal_i2c_init(1, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 1, 0x45, 0)
    hal.mp_hal_sim_set(SHT3X, 1, 0x45, 0, 21370)
    hal.mp_hal_sim_set(SHT3X, 1, 0x45, 1, 43210)
    bus.i2c(0x45, b'\x24\x00', bus=1)
    d = bus.i2c(0x45, rlen=6, bus=1)[1]
    assert crc8(d[:2]) == d[2] and crc8(d[3:5]) == d[5]
    t = -45 + 175 * (d[0] << 8 | d[1]) / 65535
    rh = 100 * (d[3] << 8 | d[4]) / 65535
    assert abs(t - 21.37) < 0.003 and abs(rh - 43.21) < 0.002


def test_sht3x_status_reset_and_errors(hal, bus):
    hal.mp_hal_i2c_init(0, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0)
    st = lambda: bus.i2c(0x44, b'\xf3\x2d', 3)     # write then read
    assert st() == (5, b'\x80\x10' + bytes([crc8(b'\x80\x10')]))
    assert bus.i2c(0x44, b'\x30\x41')[0] == 2       # clear status
    assert st()[1][:2] == b'\x00\x00'
    assert bus.i2c(0x44, b'\x30\xa2')[0] == 2       # soft reset
    assert st()[1][:2] == b'\x80\x10'
    assert bus.i2c(0x44, b'\x12\x34')[0] == -errno.EIO  # unknown command
    assert st()[1][:2] == b'\x80\x12'     # bit 1: last command not processed
    assert st()[1][:2] == b'\x80\x10'     # (the status read itself was)
    assert bus.i2c(0x44, b'\x24\x00\x00')[0] == -errno.EIO  # no data taken
    assert bus.i2c(0x44, rlen=6)[0] == -errno.EIO   # nothing measured
    assert bus.i2c(0x44)[0] == 0                    # a probe: ACK
    # a measurement command followed by a read in one transfer
    assert bus.i2c(0x44, b'\x24\x00', 6) == (8, sht_bytes(25.0, 50.0))


def test_i2c_missing_address_and_bad_arguments(hal, bus, ffi):
    buf = ffi.new('unsigned char[4]')
    assert hal.mp_hal_i2c_transfer(0, 0x44, buf, 0, buf, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_i2c_init(0, -1, -1, 0) == -errno.EINVAL
    assert hal.mp_hal_i2c_init(4, -1, -1, 1000) == -errno.EINVAL
    assert hal.mp_hal_i2c_init(-1, -1, -1, 1000) == -errno.EINVAL
    assert hal.mp_hal_i2c_init(0, 64, -1, 1000) == -errno.EINVAL
    assert hal.mp_hal_i2c_init(0, -1, -1, 100000) == 0
    assert bus.i2c(0x44)[0] == -errno.ENODEV
    assert bus.i2c(0x50, b'\x00', 1)[0] == -errno.ENODEV
    hal.mp_hal_sim_attach(SHT3X, 1, 0x44, 0)          # another bus
    assert bus.i2c(0x44)[0] == -errno.ENODEV
    assert hal.mp_hal_i2c_transfer(0, 128, buf, 0, buf, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_i2c_transfer(0, 0x44, buf, -1, buf, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_i2c_transfer(0, 0x44, ffi.NULL, 1, buf, 0, 0) == -errno.EINVAL


def test_i2c_scan(hal, bus):
    hal.mp_hal_i2c_init(0, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 0, 0x45, 0)
    hal.mp_hal_sim_attach(EEPROM24, 0, 0x50, 0)
    hal.mp_hal_sim_attach(EEPROM24, 0, 0x57, 8192)
    found = [a for a in range(0x08, 0x78) if bus.i2c(a)[0] == 0]
    assert found == [0x45, 0x50, 0x57]


def test_attach_errors(hal):
    E = -errno.EINVAL
    assert hal.mp_hal_sim_attach(SHT3X, 0, 0x40, 0) == E    # not 0x44/0x45
    assert hal.mp_hal_sim_attach(SHT3X, 4, 0x44, 0) == E
    assert hal.mp_hal_sim_attach(EEPROM24, 0, 0x44, 0) == E
    assert hal.mp_hal_sim_attach(EEPROM24, 0, 0x50, 100) == E   # not pages
    assert hal.mp_hal_sim_attach(EEPROM24, 0, 0x50, 65536 + 32) == E
    assert hal.mp_hal_sim_attach(SPI_FLASH, 0, 64, 0) == E
    assert hal.mp_hal_sim_attach(SPI_FLASH, 0, 5, 1000) == E
    assert hal.mp_hal_sim_attach(UART_LOOPBACK, 4, 0, 0) == E
    assert hal.mp_hal_sim_attach(ADC_SOURCE, 16, 0, 0) == E
    assert hal.mp_hal_sim_attach(0, 0, 0, 0) == E
    assert hal.mp_hal_sim_attach(6, 0, 0, 0) == E
    assert hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0) == 0
    assert hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(SHT3X, 1, 0x44, 0) == 0       # other bus
    assert hal.mp_hal_sim_attach(SPI_FLASH, 0, 5, 4096) == 0
    assert hal.mp_hal_sim_attach(SPI_FLASH, 1, 5, 4096) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(UART_LOOPBACK, 0, 0, 0) == 0
    assert hal.mp_hal_sim_attach(UART_LOOPBACK, 0, 0, 0) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(ADC_SOURCE, 3, 0, 5) == 0
    assert hal.mp_hal_sim_attach(ADC_SOURCE, 3, 0, 5) == -errno.EBUSY
    for k in range(13):                             # 3 + 13 = 16 parts
        assert hal.mp_hal_sim_attach(EEPROM24, 2 + k // 8, 0x50 + k % 8, 32) == 0
    assert hal.mp_hal_sim_attach(EEPROM24, 3, 0x57, 32) == -errno.ENOSPC
    # set: unknown part / parameter
    assert hal.mp_hal_sim_set(SHT3X, 0, 0x45, 0, 1) == -errno.ENODEV
    assert hal.mp_hal_sim_set(SHT3X, 0, 0x44, 2, 1) == E
    assert hal.mp_hal_sim_set(ADC_SOURCE, 4, 0, 0, 1) == -errno.ENODEV
    assert hal.mp_hal_sim_set(ADC_SOURCE, 3, 0, 1, 1) == E
    assert hal.mp_hal_sim_set(EEPROM24, 2, 0x50, 0, 1) == E
    assert hal.mp_hal_sim_schedule_set(0, SHT3X, 0, 0x45, 0, 1) == -errno.ENODEV
    # mp_hal_init removes every part
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0) == 0
    assert hal.mp_hal_sim_set(ADC_SOURCE, 3, 0, 0, 1) == -errno.ENODEV


# ____________________________________________________________ EEPROM

def test_eeprom_write_read_page_wrap(hal, bus):
    hal.mp_hal_i2c_init(0, -1, -1, 400000)
    assert hal.mp_hal_sim_attach(EEPROM24, 0, 0x50, 0) == 0
    assert bus.i2c(0x50, b'\x00\x00', 4) == (6, b'\xff' * 4)  # erased
    assert bus.i2c(0x50, b'\x01\x23hello')[0] == 7
    assert bus.i2c(0x50, b'\x01\x23', 5)[1] == b'hello'
    # page write from 0x003c (page 0x0020..0x003f): 6 bytes, 4 fit
    assert bus.i2c(0x50, b'\x00\x3cABCDEF')[0] == 8
    assert bus.i2c(0x50, b'\x00\x20', 32)[1] == b'EF' + b'\xff' * 26 + b'ABCD'
    assert bus.i2c(0x50, b'\x00\x40', 1)[1] == b'\xff'  # next page untouched
    # the address counter continues after the wrapped write (-> 0x0022)
    assert bus.i2c(0x50, rlen=2)[1] == b'\xff\xff'
    assert bus.i2c(0x50, b'\x00\x20', 1)[1] == b'E'
    assert bus.i2c(0x50, rlen=1)[1] == b'F'         # current address read


def test_eeprom_sequential_read_wraps_at_end(hal, bus):
    hal.mp_hal_i2c_init(0, -1, -1, 400000)
    assert hal.mp_hal_sim_attach(EEPROM24, 0, 0x51, 4096) == 0
    bus.i2c(0x51, b'\x0f\xfe\x11\x22')              # last two bytes
    bus.i2c(0x51, b'\x00\x00\x33')                  # first byte
    assert bus.i2c(0x51, b'\x0f\xfd', 5)[1] == b'\xff\x11\x22\x33\xff'
    # address bits above the size are ignored (0x1fff = 0x0fff)
    assert bus.i2c(0x51, b'\x1f\xff', 1)[1] == b'\x22'
    # a 1-byte write is acknowledged, and changes nothing
    assert bus.i2c(0x51, b'\x00')[0] == 1
    # a whole 32-byte page and more in one read
    data = bytes(range(32))
    bus.i2c(0x51, b'\x02\x00' + data)
    assert bus.i2c(0x51, b'\x02\x00', 40)[1] == data + b'\xff' * 8


def test_eeprom_small_size(hal, bus):
    hal.mp_hal_i2c_init(3, -1, -1, 400000)
    assert hal.mp_hal_sim_attach(EEPROM24, 3, 0x52, 64) == 0
    bus.i2c(0x52, b'\x00\x3f\xaa', bus=3)
    assert bus.i2c(0x52, b'\x00\x3f', 3, bus=3)[1] == b'\xaa\xff\xff'
    assert bus.i2c(0x52, b'\x00\x7f', 1, bus=3)[1] == b'\xaa'


# ____________________________________________________________ SPI flash

CS = 5


def flash_setup(hal, size=65536, cs=CS, bus_id=0):
    assert hal.mp_hal_spi_init(bus_id, 10**6, 0, 0, 8, 0) == 0
    assert hal.mp_hal_pin_init(cs, OUT, 0, 0, 1) == 0
    assert hal.mp_hal_sim_attach(SPI_FLASH, bus_id, cs, size) == 0


def txn(hal, bus, *parts, cs=CS, bus_id=0):
    """One CS-low transaction made of several transfers."""
    hal.mp_hal_pin_write(cs, 0)
    out = [bus.spi(p, bus=bus_id) for p in parts]
    hal.mp_hal_pin_write(cs, 1)
    return out


def status(hal, bus):
    return txn(hal, bus, b'\x05\x00')[0][1]


def read(hal, bus, addr, n):
    return txn(hal, bus, b'\x03' + addr.to_bytes(3, 'big'), b'\0' * n)[1]


def test_spi_flash_jedec_and_cs(hal, bus):
    flash_setup(hal)
    assert txn(hal, bus, b'\x9f\x00\x00\x00')[0] == b'\xff\xef\x40\x16'
    # command, then the answer in a separate transfer
    assert txn(hal, bus, b'\x9f', b'\x00\x00\x00') == [b'\xff', b'\xef\x40\x16']
    # CS high: no answer, MISO floats high, and nothing is started
    assert bus.spi(b'\x9f\x00\x00\x00') == b'\xff' * 4
    assert bus.spi(b'\x06') == b'\xff'
    assert status(hal, bus) == 0                    # WEL still clear


def test_spi_flash_program_read_erase_wel(hal, bus):
    flash_setup(hal)
    assert read(hal, bus, 0x1000, 4) == b'\xff' * 4
    # page program without WEL: ignored
    txn(hal, bus, b'\x02\x00\x10\x00', b'abcd')
    assert read(hal, bus, 0x1000, 4) == b'\xff' * 4
    txn(hal, bus, b'\x06')
    assert status(hal, bus) == 0x02                 # WEL, not busy
    txn(hal, bus, b'\x02', b'\x00\x10\x00', b'ab', b'cd')   # in pieces
    assert status(hal, bus) == 0                    # WEL cleared
    assert read(hal, bus, 0x1000, 5) == b'abcd\xff'
    # programming only clears bits: 0x0f over 'a' (0x61) = 0x01
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x02\x00\x10\x00\x0f')
    assert read(hal, bus, 0x1000, 2) == b'\x01b'
    # a page program wraps within its 256-byte page
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x02\x00\x11\xfe', b'XYZ')
    assert read(hal, bus, 0x11fe, 2) == b'XY'
    assert read(hal, bus, 0x1100, 2) == b'Z\xff'
    assert read(hal, bus, 0x1200, 1) == b'\xff'
    # sector erase: needs WEL too, erases the 4K sector only
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x02\x00\x20\x00QQ')
    txn(hal, bus, b'\x20\x00\x10\x10')              # no WEL: nothing
    assert read(hal, bus, 0x1000, 2) == b'\x01b'
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x20\x00\x10\x10')
    assert status(hal, bus) == 0
    assert read(hal, bus, 0x1000, 2) == b'\xff\xff'
    assert read(hal, bus, 0x11fe, 2) == b'\xff\xff'
    assert read(hal, bus, 0x2000, 2) == b'QQ'       # next sector kept
    # write disable
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x04')
    assert status(hal, bus) == 0
    # fast read: address, one dummy byte, then data
    assert txn(hal, bus, b'\x0b\x00\x20\x00\x00', b'\0\0')[1] == b'QQ'


def test_spi_flash_read_wraps_and_tx_null(hal, bus, ffi):
    flash_setup(hal, size=8192)
    txn(hal, bus, b'\x06')
    txn(hal, bus, b'\x02\x00\x00\x00\x42')
    hal.mp_hal_pin_write(CS, 0)
    bus.spi(b'\x03\x00\x1f\xff')                    # last byte, then wrap
    rx = ffi.new('unsigned char[2]')
    assert hal.mp_hal_spi_transfer(0, ffi.NULL, rx, 2) == 2    # sends 0x00s
    assert bytes(rx) == b'\xff\x42'
    assert hal.mp_hal_spi_transfer(0, ffi.NULL, ffi.NULL, 3) == 3
    hal.mp_hal_pin_write(CS, 1)


def test_spi_two_flashes_selected_by_cs(hal, bus):
    flash_setup(hal, size=4096, cs=5)
    hal.mp_hal_pin_init(6, OUT, 0, 0, 1)
    assert hal.mp_hal_sim_attach(SPI_FLASH, 0, 6, 4096) == 0
    txn(hal, bus, b'\x06', cs=6)
    txn(hal, bus, b'\x02\x00\x00\x00\x77', cs=6)
    assert read(hal, bus, 0, 1) == b'\xff'          # the one on pin 5
    assert txn(hal, bus, b'\x03\x00\x00\x00\x00', cs=6)[0][4:] == b'\x77'


def test_spi_cs_by_scheduled_drive(hal, bus):
    # a CS pin driven by the simulated world, not by the program
    t0 = vhal(hal)
    hal.mp_hal_spi_init(0, 10**6, 0, 0, 8, 0)
    hal.mp_hal_sim_attach(SPI_FLASH, 0, 9, 4096)
    hal.mp_hal_sim_pin_drive(9, 1)
    hal.mp_hal_sim_schedule_drive(t0 + 10, 9, 0)
    hal.mp_hal_sim_schedule_drive(t0 + 20, 9, 1)
    assert bus.spi(b'\x9f\x00') == b'\xff\xff'
    hal.mp_hal_delay_us(10)
    assert bus.spi(b'\x9f\x00') == b'\xff\xef'
    hal.mp_hal_delay_us(10)
    assert bus.spi(b'\x9f\x00') == b'\xff\xff'


def test_spi_lsb_first(hal, bus):
    flash_setup(hal)
    assert hal.mp_hal_spi_init(0, 10**6, 0, 0, 8, 1) == 0
    # 0x9f sent LSB first is 0xf9 as the chip sees it: send the mirror
    assert txn(hal, bus, b'\xf9\x00')[0] == b'\xff\xf7'     # 0xef mirrored


def test_spi_bad_arguments(hal, ffi):
    E = -errno.EINVAL
    buf = ffi.new('unsigned char[1]')
    assert hal.mp_hal_spi_transfer(0, buf, buf, 1) == E    # not initialised
    assert hal.mp_hal_spi_init(0, 0, 0, 0, 8, 0) == E
    assert hal.mp_hal_spi_init(0, 1000, 2, 0, 8, 0) == E
    assert hal.mp_hal_spi_init(0, 1000, 0, 2, 8, 0) == E
    assert hal.mp_hal_spi_init(0, 1000, 0, 0, 16, 0) == E
    assert hal.mp_hal_spi_init(0, 1000, 0, 0, 7, 0) == E
    assert hal.mp_hal_spi_init(0, 1000, 0, 0, 8, 2) == E
    assert hal.mp_hal_spi_init(4, 1000, 0, 0, 8, 0) == E
    assert hal.mp_hal_spi_init(3, 1000, 1, 1, 8, 0) == 0
    assert hal.mp_hal_spi_transfer(3, buf, buf, -1) == E
    assert hal.mp_hal_spi_transfer(3, buf, buf, 0) == 0
    buf[0] = 0x12
    assert hal.mp_hal_spi_transfer(3, buf, buf, 1) == 1
    assert buf[0] == 0xff                           # nobody on the bus


# ____________________________________________________________ UART

def test_uart_loopback_and_drop(hal, ffi):
    assert hal.mp_hal_uart_init(1, 115200, 8, -1, 1, 4, 5) == 0
    buf = ffi.new('unsigned char[16]', b'hello')
    assert hal.mp_hal_uart_write(1, buf, 5) == 5    # no part: dropped
    assert hal.mp_hal_uart_any(1) == 0
    assert hal.mp_hal_uart_read(1, buf, 16) == 0    # never blocks
    assert hal.mp_hal_uart_flush(1) == 0
    assert hal.mp_hal_sim_attach(UART_LOOPBACK, 1, 0, 0) == 0
    assert hal.mp_hal_uart_write(1, ffi.new('char[]', b'hello'), 5) == 5
    assert hal.mp_hal_uart_write(1, ffi.new('char[]', b'\x00\xff'), 2) == 2
    assert hal.mp_hal_uart_any(1) == 7
    out = ffi.new('unsigned char[16]')
    assert hal.mp_hal_uart_read(1, out, 3) == 3
    assert bytes(out[0:3]) == b'hel'
    assert hal.mp_hal_uart_any(1) == 4
    assert hal.mp_hal_uart_read(1, out, 16) == 4
    assert bytes(out[0:4]) == b'lo\x00\xff'
    assert hal.mp_hal_uart_any(1) == 0
    assert hal.mp_hal_uart_any(2) == -errno.EINVAL   # not initialised
    # 7 data bits: the top bit doesn't travel; init drops what is waiting
    hal.mp_hal_uart_write(1, ffi.new('char[]', b'zz'), 2)
    assert hal.mp_hal_uart_init(1, 9600, 7, 0, 2, -1, -1) == 0
    assert hal.mp_hal_uart_any(1) == 0
    hal.mp_hal_uart_write(1, ffi.new('char[]', b'\xc1'), 1)
    assert hal.mp_hal_uart_read(1, out, 1) == 1 and out[0] == 0x41


def test_uart_buffer_full_and_errors(hal, ffi):
    E = -errno.EINVAL
    hal.mp_hal_uart_init(0, 115200, 8, -1, 1, -1, -1)
    hal.mp_hal_sim_attach(UART_LOOPBACK, 0, 0, 0)
    data = ffi.new('unsigned char[1500]', bytes(i & 0xff for i in range(1500)))
    assert hal.mp_hal_uart_write(0, data, 1500) == 1500
    assert hal.mp_hal_uart_any(0) == 1024           # the rest is lost
    out = ffi.new('unsigned char[2000]')
    assert hal.mp_hal_uart_read(0, out, 2000) == 1024
    assert bytes(out[0:1024]) == bytes(data[0:1024])
    for args in ((4, 9600, 8, -1, 1, -1, -1), (0, 0, 8, -1, 1, -1, -1),
                 (0, 9600, 9, -1, 1, -1, -1), (0, 9600, 8, 2, 1, -1, -1),
                 (0, 9600, 8, -2, 1, -1, -1), (0, 9600, 8, -1, 3, -1, -1),
                 (0, 9600, 8, -1, 0, -1, -1), (0, 9600, 8, -1, 1, 64, -1),
                 (0, 9600, 8, -1, 1, -1, -2)):
        assert hal.mp_hal_uart_init(*args) == E, args
    assert hal.mp_hal_uart_write(3, data, 1) == E   # not initialised
    assert hal.mp_hal_uart_read(3, out, 1) == E
    assert hal.mp_hal_uart_flush(3) == E
    assert hal.mp_hal_uart_write(0, data, -1) == E
    assert hal.mp_hal_uart_read(0, out, -1) == E


# ____________________________________________________________ ADC, DAC

def test_adc_sources(hal):
    assert hal.mp_hal_adc_read_u16(0) == 0          # nothing attached
    assert hal.mp_hal_adc_read_uv(0) == 0
    assert hal.mp_hal_adc_read_u16(16) == -errno.EINVAL
    assert hal.mp_hal_adc_read_uv(-1) == -errno.EINVAL
    assert hal.mp_hal_sim_attach(ADC_SOURCE, 2, 0, 1650000) == 0
    assert hal.mp_hal_adc_read_uv(2) == 1650000
    assert hal.mp_hal_adc_read_u16(2) == round(1650000 / 3300000 * 65535 + 1e-9)
    for uv in (0, 1, 25, 26, 1000000, 3299999, 3300000):
        hal.mp_hal_sim_set(ADC_SOURCE, 2, 0, 0, uv)
        assert hal.mp_hal_adc_read_u16(2) == int(uv / 3300000 * 65535 + 0.5), uv
    hal.mp_hal_sim_set(ADC_SOURCE, 2, 0, 0, 5000000)   # clamped
    assert hal.mp_hal_adc_read_u16(2) == 65535
    assert hal.mp_hal_adc_read_uv(2) == 3300000
    hal.mp_hal_sim_set(ADC_SOURCE, 2, 0, 0, -100)
    assert hal.mp_hal_adc_read_u16(2) == 0 and hal.mp_hal_adc_read_uv(2) == 0


def test_dac(hal):
    assert hal.mp_hal_dac_write(0, 0) == 0
    assert hal.mp_hal_dac_write(15, 255) == 0
    assert hal.mp_hal_dac_write(0, 256) == -errno.EINVAL
    assert hal.mp_hal_dac_write(0, -1) == -errno.EINVAL
    assert hal.mp_hal_dac_write(16, 1) == -errno.EINVAL


# ____________________________________________________________ scheduled sets

def test_scheduled_sensor_and_adc_changes(hal, bus):
    t0 = vhal(hal)
    hal.mp_hal_i2c_init(0, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0)
    hal.mp_hal_sim_attach(ADC_SOURCE, 1, 0, 0)
    assert hal.mp_hal_sim_schedule_set(t0 + 1000, SHT3X, 0, 0x44, 0, 30000) == 0
    assert hal.mp_hal_sim_schedule_set(t0 + 2000, SHT3X, 0, 0x44, 1, 80000) == 0
    assert hal.mp_hal_sim_schedule_set(t0 + 500, ADC_SOURCE, 1, 0, 0, 3300000) == 0
    assert hal.mp_hal_sim_schedule_drive(t0 + 700, 3, 1) == 0
    assert hal.mp_hal_sim_next_event_us() == t0 + 500

    def measure():
        bus.i2c(0x44, b'\x24\x00')
        return bus.i2c(0x44, rlen=6)[1]

    assert measure() == sht_bytes(25, 50)
    assert hal.mp_hal_adc_read_u16(1) == 0
    hal.mp_hal_advance_us(500)
    assert hal.mp_hal_adc_read_u16(1) == 65535
    assert hal.mp_hal_sim_next_event_us() == t0 + 700
    hal.mp_hal_advance_us(499)
    assert measure() == sht_bytes(25, 50)
    hal.mp_hal_delay_us(1)
    assert measure() == sht_bytes(30, 50)
    # the sample is taken by the command: a change before the read is
    # not seen until the next measurement
    bus.i2c(0x44, b'\x24\x00')
    hal.mp_hal_delay_us(1000)
    assert bus.i2c(0x44, rlen=6)[1] == sht_bytes(30, 50)
    assert measure() == sht_bytes(30, 80)
    assert hal.mp_hal_pin_read(3) == 1
    assert hal.mp_hal_sim_next_event_us() == -1
    # errors are found when scheduling; the past means now
    assert hal.mp_hal_sim_schedule_set(0, SHT3X, 0, 0x44, 5, 1) == -errno.EINVAL
    assert hal.mp_hal_sim_schedule_set(0, 9, 0, 0x44, 0, 1) == -errno.EINVAL
    assert hal.mp_hal_sim_schedule_set(0, SHT3X, 0, 0x44, 0, -45000) == 0
    assert measure()[:3] == b'\x00\x00' + bytes([crc8(b'\x00\x00')])


def test_scheduled_sets_share_the_queue(hal):
    for i in range(1000):
        assert hal.mp_hal_sim_schedule_drive(10**12 + i, 1, 1) == 0
    hal.mp_hal_sim_attach(ADC_SOURCE, 0, 0, 0)
    for i in range(24):
        assert hal.mp_hal_sim_schedule_set(10**12, ADC_SOURCE, 0, 0, 0, i) == 0
    assert hal.mp_hal_sim_schedule_set(10**12, ADC_SOURCE, 0, 0, 0, 1) == -errno.ENOSPC
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_sim_next_event_us() == -1


# ____________________________________________________________ PWM

def test_pwm_readback_and_pin(hal):
    assert hal.mp_hal_pwm_get(2, 0) == -errno.EINVAL   # not running
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0
    assert hal.mp_hal_pwm_get(2, hal.MP_HAL_PWM_FREQ) == 1000
    assert hal.mp_hal_pwm_get(2, hal.MP_HAL_PWM_DUTY) == 32768
    assert hal.mp_hal_pwm_get(2, 2) == -errno.EINVAL
    assert hal.mp_hal_pin_mode(2) == ALT
    assert hal.mp_hal_pin_read(2) == 1
    assert hal.mp_hal_pwm_init(2, 40000000, 0) == 0
    assert hal.mp_hal_pwm_get(2, 0) == 40000000 and hal.mp_hal_pwm_get(2, 1) == 0
    assert hal.mp_hal_pin_read(2) == 0
    assert hal.mp_hal_pwm_init(2, 1, 65535) == 0
    assert hal.mp_hal_pwm_deinit(2) == 0
    assert hal.mp_hal_pwm_get(2, 0) == -errno.EINVAL
    assert hal.mp_hal_pin_mode(2) == OUT and hal.mp_hal_pin_read(2) == 0
    assert hal.mp_hal_pwm_deinit(2) == 0                # twice: fine
    E = -errno.EINVAL
    assert hal.mp_hal_pwm_init(2, 0, 0) == E
    assert hal.mp_hal_pwm_init(2, 40000001, 0) == E
    assert hal.mp_hal_pwm_init(2, 1000, 65536) == E
    assert hal.mp_hal_pwm_init(2, 1000, -1) == E
    assert hal.mp_hal_pwm_init(64, 1000, 0) == E
    assert hal.mp_hal_pwm_deinit(-1) == E
    assert hal.mp_hal_pin_mode(2) == OUT                # nothing changed


# ____________________________________________________________ RTC

FIELDS = 8


def rtc(hal):
    return tuple(hal.mp_hal_rtc_get_field(i) for i in range(FIELDS))


def test_rtc_starts_at_local_time(hal):
    before = datetime.datetime.now()
    y, mo, d, wd, h, mi, s, us = rtc(hal)
    after = datetime.datetime.now()
    got = datetime.datetime(y, mo, d, h, mi, s, us)
    assert before - datetime.timedelta(seconds=1) <= got <= after
    assert wd == got.weekday()


def test_rtc_set_and_advance_in_virtual_time(hal):
    vhal(hal)
    assert hal.mp_hal_rtc_set(2024, 2, 28, 0, 23, 59, 58, 500000) == 0
    assert rtc(hal) == (2024, 2, 28, 2, 23, 59, 58, 500000)   # a Wednesday
    hal.mp_hal_advance_us(1500000)
    assert rtc(hal) == (2024, 2, 29, 3, 0, 0, 0, 0)           # leap day
    hal.mp_hal_advance_us(86400 * 10**6 + 61 * 10**6 + 7)
    assert rtc(hal) == (2024, 3, 1, 4, 0, 1, 1, 7)
    # end of a century year that is not a leap year; end of the year
    hal.mp_hal_rtc_set(2100, 2, 28, 6, 23, 59, 59, 999999)
    hal.mp_hal_advance_us(1)
    assert rtc(hal)[:4] == (2100, 3, 1, 0)                    # a Monday
    hal.mp_hal_rtc_set(1999, 12, 31, 0, 23, 59, 59, 0)
    hal.mp_hal_advance_us(10**6)
    assert rtc(hal) == (2000, 1, 1, 5, 0, 0, 0, 0)            # a Saturday
    # the weekday argument is ignored, the date decides
    hal.mp_hal_rtc_set(2023, 1, 1, 3, 0, 0, 0, 0)
    assert hal.mp_hal_rtc_get_field(3) == datetime.date(2023, 1, 1).weekday()


def test_rtc_fields_in_order_are_one_snapshot(hal):
    vhal(hal)
    hal.mp_hal_rtc_set(2024, 12, 31, 0, 23, 59, 59, 999999)
    assert hal.mp_hal_rtc_get_field(0) == 2024
    hal.mp_hal_advance_us(1)                # the year changes now ...
    assert hal.mp_hal_rtc_get_field(1) == 12    # ... but this is one reading
    assert hal.mp_hal_rtc_get_field(2) == 31
    assert hal.mp_hal_rtc_get_field(7) == 999999
    assert hal.mp_hal_rtc_get_field(7) == 0     # a new reading
    assert hal.mp_hal_rtc_get_field(0) == 2025


def test_rtc_bad_arguments(hal):
    E = -errno.EINVAL
    assert hal.mp_hal_rtc_get_field(8) == E
    assert hal.mp_hal_rtc_get_field(-1) == E
    for args in ((2024, 13, 1), (2024, 0, 1), (2023, 2, 29), (2024, 4, 31),
                 (2024, 1, 0), (0, 1, 1), (10000, 1, 1)):
        assert hal.mp_hal_rtc_set(*args, 0, 0, 0, 0, 0) == E, args
    assert hal.mp_hal_rtc_set(2024, 2, 29, 0, 0, 0, 0, 0) == 0
    for hms in ((24, 0, 0, 0), (0, 60, 0, 0), (0, 0, 60, 0), (0, 0, 0, 10**6),
                (-1, 0, 0, 0), (0, 0, 0, -1)):
        assert hal.mp_hal_rtc_set(2024, 1, 1, 0, *hms) == E, hms
    assert rtc(hal)[:3] == (2024, 2, 29)


# ____________________________________________________________ WDT, reset, id

def test_hardware_timers(hal):
    t0 = vhal(hal)
    assert hal.mp_hal_timer_next_us() == -1
    assert hal.mp_hal_timer_pop() == -1
    assert hal.mp_hal_timer_start(4, 100, 1) == -errno.EINVAL
    assert hal.mp_hal_timer_start(0, 0, 1) == -errno.EINVAL
    assert hal.mp_hal_timer_stop(-1) == -errno.EINVAL
    assert hal.mp_hal_timer_start(0, 300, 1) == 0        # periodic, 300 us
    assert hal.mp_hal_timer_start(2, 500, 0) == 0        # one shot at 500 us
    assert hal.mp_hal_timer_next_us() == t0 + 300
    hal.mp_hal_advance_us(299)
    assert hal.mp_hal_timer_pop() == -1
    hal.mp_hal_advance_us(1)
    assert (hal.mp_hal_timer_pop(), hal.mp_hal_timer_pop()) == (0, -1)
    assert hal.mp_hal_timer_next_us() == t0 + 500
    hal.mp_hal_advance_us(300)                            # at 600: both due
    assert [hal.mp_hal_timer_pop() for _ in range(3)] == [2, 0, -1]   # earliest first
    assert hal.mp_hal_timer_next_us() == t0 + 900         # the one shot is done
    hal.mp_hal_advance_us(10000)                          # far behind: one call, then skip
    assert (hal.mp_hal_timer_pop(), hal.mp_hal_timer_pop()) == (0, -1)
    assert hal.mp_hal_timer_next_us() == t0 + 10600 + 300
    assert hal.mp_hal_timer_stop(0) == 0
    assert hal.mp_hal_timer_next_us() == -1
    hal.mp_hal_advance_us(1000)
    assert hal.mp_hal_timer_pop() == -1


def test_wdt_expiry_virtual_time(hal):
    t0 = vhal(hal)
    assert hal.mp_hal_wdt_expired() == 0                # not started
    assert hal.mp_hal_wdt_feed() == -errno.EINVAL
    assert hal.mp_hal_wdt_start(0) == -errno.EINVAL
    assert hal.mp_hal_wdt_start(100) == 0
    hal.mp_hal_advance_us(100000)
    assert hal.mp_hal_wdt_expired() == 0                # exactly 100 ms
    hal.mp_hal_advance_us(1)
    assert hal.mp_hal_wdt_expired() == 1
    assert hal.mp_hal_wdt_feed() == 0
    assert hal.mp_hal_wdt_expired() == 0
    for _ in range(10):                                 # fed in time
        hal.mp_hal_delay_us(90000)
        assert hal.mp_hal_wdt_expired() == 0
        hal.mp_hal_wdt_feed()
    hal.mp_hal_delay_us(100001)
    assert hal.mp_hal_wdt_expired() == 1
    assert hal.mp_hal_ticks_us() == t0 + 100001 + 900000 + 100001
    assert hal.mp_hal_init() == 0                       # the board restarts
    assert hal.mp_hal_wdt_expired() == 0


def test_reset_cause(hal):
    assert hal.mp_hal_reset_cause() == hal.MP_HAL_PWRON_RESET == 1
    assert (hal.MP_HAL_HARD_RESET, hal.MP_HAL_WDT_RESET,
            hal.MP_HAL_DEEPSLEEP_RESET, hal.MP_HAL_SOFT_RESET) == (2, 3, 4, 5)
    hal.mp_hal_reset(hal.MP_HAL_WDT_RESET)
    assert hal.mp_hal_reset_cause() == 1                # not before init
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_reset_cause() == 3
    hal.mp_hal_reset(hal.MP_HAL_SOFT_RESET)
    hal.mp_hal_deinit()
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_reset_cause() == 5
    assert hal.mp_hal_init() == 0                       # no reset recorded
    assert hal.mp_hal_reset_cause() == 1
    hal.mp_hal_reset(0)                                 # unknown: ignored
    hal.mp_hal_reset(6)
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_reset_cause() == 1


def test_unique_id(hal, ffi):
    buf = ffi.new('unsigned char[12]', b'\xaa' * 12)
    assert hal.mp_hal_unique_id(buf, 12) == 8
    assert bytes(buf) == b'mpy-host' + b'\xaa' * 4
    buf = ffi.new('unsigned char[3]')
    assert hal.mp_hal_unique_id(buf, 3) == 3 and bytes(buf) == b'mpy'
    assert hal.mp_hal_unique_id(buf, 0) == 0
    assert hal.mp_hal_unique_id(buf, -1) == -errno.EINVAL


# ____________________________________________________________ traces

def test_text_trace_lines(hal, bus, ffi, tmp_path):
    t0 = vhal(hal)
    path = str(tmp_path / 'bus.txt')
    hal.mp_hal_i2c_init(0, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0)
    hal.mp_hal_sim_attach(EEPROM24, 0, 0x50, 0)
    hal.mp_hal_spi_init(1, 10**6, 0, 0, 8, 0)
    hal.mp_hal_pin_init(5, OUT, 0, 0, 1)
    hal.mp_hal_sim_attach(SPI_FLASH, 1, 5, 4096)
    hal.mp_hal_uart_init(0, 9600, 8, -1, 1, -1, -1)
    assert hal.mp_hal_trace_open(path.encode(), 1) == 0
    bus.i2c(0x44, b'\x24\x00')
    hal.mp_hal_advance_us(15000)
    bus.i2c(0x44, rlen=6)
    bus.i2c(0x44, rlen=6)                           # NACK: nothing to read
    bus.i2c(0x51)                                   # nobody there
    bus.i2c(0x50, b'\x00\x10', 2)
    hal.mp_hal_advance_us(5)
    hal.mp_hal_pin_write(5, 0)
    bus.spi(b'\x9f\x00\x00\x00', bus=1)
    hal.mp_hal_pin_write(5, 1)
    hal.mp_hal_spi_transfer(1, ffi.NULL, ffi.NULL, 40)
    hal.mp_hal_uart_write(0, ffi.new('char[]', b'hi'), 2)
    hal.mp_hal_pwm_init(2, 1000, 32768)
    hal.mp_hal_pwm_init(2, 1000, 32768)             # unchanged: no line
    hal.mp_hal_pwm_init(2, 2000, 32768)
    hal.mp_hal_pwm_deinit(2)
    hal.mp_hal_dac_write(1, 128)
    hal.mp_hal_trace_note(b'done')
    assert hal.mp_hal_trace_close() == 0
    m = sht_bytes(25, 50).hex(' ')
    t1, t2 = t0 + 15000, t0 + 15005
    assert read_text(path) == [
        '%d pin5 1' % t0,
        '%d i2c0 W 0x44 24 00' % t0,
        '%d i2c0 R 0x44 -> %s' % (t1, m),
        '%d i2c0 R 0x44 NACK' % t1,
        '%d i2c0 0x51 NACK' % t1,
        '%d i2c0 W 0x50 00 10 R -> ff ff' % t1,
        '%d pin5 0' % t2,
        '%d spi1 9f 00 00 00 -> ff ef 40 16' % t2,
        '%d pin5 1' % t2,
        '%d spi1%s ...(+8)' % (t2, ' 00' * 32),
        '%d uart0 W 68 69' % t2,
        '%d pin2 1' % t2,
        '%d pwm pin2 freq=1000 duty_u16=32768' % t2,
        '%d pwm pin2 freq=2000 duty_u16=32768' % t2,
        '%d pwm pin2 off' % t2,
        '%d pin2 0' % t2,
        '%d dac1 128' % t2,
        '%d # done' % t2,
    ]


def test_vcd_has_no_bus_lines(hal, bus, tmp_path):
    vhal(hal)
    path = str(tmp_path / 'x.vcd')
    hal.mp_hal_i2c_init(0, -1, -1, 100000)
    hal.mp_hal_sim_attach(SHT3X, 0, 0x44, 0)
    assert hal.mp_hal_trace_open(path.encode(), 0) == 0
    bus.i2c(0x44, b'\x24\x00')
    hal.mp_hal_pwm_init(3, 1000, 100)
    assert hal.mp_hal_trace_close() == 0
    text = open(path).read()
    assert 'i2c' not in text and 'pwm' not in text
    assert '$var wire 1 D pin3 $end' in text         # the PWM pin's wire
