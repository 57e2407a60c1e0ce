"""The board description (--hw FILE) of the host port's simulated board: a
plain text file, one statement per line, '#' starts a comment.

    pin LED 2                  name pin 2 'LED' (Pin('LED') is Pin(2))
    pull 4 up                  a resistor pulls pin 4 up (or: down)
    i2c 0 0x44 sht3x           an SHT3x-like sensor on I2C bus 0
    i2c 0 0x50 eeprom24 4096   a 24C32-like EEPROM of 4096 bytes
    spi 0 5 spi_flash 4194304  a W25Q-like flash on SPI bus 0, chip select pin 5
    uart 1 loopback            UART 1 wired back to itself
    uart 2 pty                 UART 2 on a host pseudo-terminal (its name is
                               printed: "UART2: /dev/pts/N")
    adc 3 1.65                 1.65 V on ADC channel 3
    ws2812 4 8                 a chain of 8 WS2812 RGB LEDs on data pin 4
    hcsr04 5 6 250             an HC-SR04 ultrasonic sensor: trigger pin 5,
                               echo pin 6, an object 250 mm away
    i2s 0 tone 440             a 440 Hz sine on I2S controller 0's input
    wifi HomeNet secret        an access point network.WLAN can join (no key:
                               open); without any, every network connects
    at 100ms drive 4 0         scripted input: pin 4 low at 100 ms...
    at 150ms drive 4 release   ...and let go at 150 ms (times: us, ms, s)
    at 2s set sht3x 0 0x44 temperature 31.5   (or humidity 40; adc 3 volts 2.5;
                               hcsr04 5 6 distance 120; i2s 0 tone 1000)

Errors name the file and line."""
from interp import hal, fileio
from interp.error import oefmt

KIND_SHT3X = 1
KIND_EEPROM24 = 2
KIND_SPI_FLASH = 3
KIND_UART_LOOPBACK = 4
KIND_ADC = 5
KIND_WS2812 = 6
KIND_HCSR04 = 7
KIND_I2S_TONE = 8
KIND_UART_PTY = 9


class PinNames(object):
    def __init__(self):
        self.names = {}


pin_names = PinNames()


class BoardFileError(Exception):
    def __init__(self, msg):
        self.msg = msg


def parse_int(word):
    try:
        if word.startswith('0x') or word.startswith('0X'):
            return int(word[2:], 16)
        return int(word)
    except ValueError:
        raise BoardFileError("not a number: '%s'" % word)


def parse_float(word):
    try:
        return float(word)
    except ValueError:
        raise BoardFileError("not a number: '%s'" % word)


def parse_time_us(word):
    for suffix, scale in [('us', 1.0), ('ms', 1000.0), ('s', 1000000.0)]:
        if word.endswith(suffix):
            end = len(word) - len(suffix)
            assert end >= 0
            return int(parse_float(word[:end]) * scale + 0.5)
    raise BoardFileError("a time needs a unit (us, ms, s): '%s'" % word)


def parse_pin(word):
    n = pin_names.names.get(word, -1)
    if n >= 0:
        return n
    n = parse_int(word)
    if n < 0 or n >= hal.pin_count():
        raise BoardFileError("no pin %d" % n)
    return n


def check(r, what):
    if r < 0:
        raise BoardFileError("%s: error %d" % (what, -r))


def part_change(words):
    """(kind, bus, addr, param, value) of 'sht3x BUS ADDR temperature|humidity X'
    or 'adc CH volts X'."""
    if len(words) == 5 and words[0] == 'sht3x':
        value = parse_float(words[4])
        if words[3] == 'temperature':
            param = 0
        elif words[3] == 'humidity':
            param = 1
        else:
            raise BoardFileError("sht3x has temperature and humidity")
        return KIND_SHT3X, parse_int(words[1]), parse_int(words[2]), param, int(value * 1000.0)
    if len(words) == 4 and words[0] == 'adc' and words[2] == 'volts':
        return KIND_ADC, parse_int(words[1]), 0, 0, int(parse_float(words[3]) * 1000000.0)
    if len(words) == 5 and words[0] == 'hcsr04' and words[3] == 'distance':
        return (KIND_HCSR04, parse_pin(words[1]), parse_pin(words[2]), 0,
                parse_int(words[4]))
    if len(words) == 4 and words[0] == 'i2s' and words[2] == 'tone':
        return KIND_I2S_TONE, parse_int(words[1]), 0, 0, parse_int(words[3])
    raise BoardFileError("unknown change: '%s'" % ' '.join(words))


def statement(words):
    cmd = words[0]
    n = len(words)
    if cmd == 'pin' and n == 3:
        pin_names.names[words[1]] = parse_pin(words[2])
    elif cmd == 'pull' and n == 3:
        # a resistor on the board: the pin's pull until a program sets another
        pull = 1 if words[2] == 'up' else 2 if words[2] == 'down' else -1
        if pull < 0:
            raise BoardFileError("pull up or pull down")
        check(hal.pin_init(parse_pin(words[1]), -1, pull, -1, -1), 'pull')
    elif cmd == 'i2c' and (n == 4 or n == 5) and (words[3] == 'sht3x' or words[3] == 'eeprom24'):
        kind = KIND_SHT3X if words[3] == 'sht3x' else KIND_EEPROM24
        arg = parse_int(words[4]) if n == 5 else 0
        check(hal.sim_attach(kind, parse_int(words[1]), parse_int(words[2]), arg), words[3])
    elif cmd == 'spi' and (n == 4 or n == 5) and words[3] == 'spi_flash':
        arg = parse_int(words[4]) if n == 5 else 0
        check(hal.sim_attach(KIND_SPI_FLASH, parse_int(words[1]), parse_pin(words[2]), arg),
              'spi_flash')
    elif cmd == 'uart' and n == 3 and words[2] == 'loopback':
        check(hal.sim_attach(KIND_UART_LOOPBACK, parse_int(words[1]), 0, 0), 'uart')
    elif cmd == 'uart' and n == 3 and words[2] == 'pty':
        uart = parse_int(words[1])
        check(hal.sim_attach(KIND_UART_PTY, uart, 0, 0), 'uart')
        return 'UART%d: %s\n' % (uart, hal.sim_pty_name(uart))
    elif cmd == 'ws2812' and n == 3:
        check(hal.sim_attach(KIND_WS2812, parse_pin(words[1]), 0, parse_int(words[2])),
              'ws2812')
    elif cmd == 'hcsr04' and n == 4:
        check(hal.sim_attach(KIND_HCSR04, parse_pin(words[1]), parse_pin(words[2]),
                             parse_int(words[3])), 'hcsr04')
    elif cmd == 'i2s' and n == 4 and words[2] == 'tone':
        check(hal.sim_attach(KIND_I2S_TONE, parse_int(words[1]), 0, parse_int(words[3])),
              'i2s tone')
    elif cmd == 'wifi' and (n == 2 or n == 3):
        from interp.modules import network_mod
        network_mod.add_access_point(words[1], words[2] if n == 3 else '', 6, -50)
    elif cmd == 'adc' and n == 3:
        uv = int(parse_float(words[2]) * 1000000.0)
        check(hal.sim_attach(KIND_ADC, parse_int(words[1]), 0, uv), 'adc')
    elif cmd == 'at' and n >= 4:
        t = parse_time_us(words[1])
        if words[2] == 'drive' and n == 5:
            level = -1 if words[4] == 'release' else parse_int(words[4])
            check(hal.sim_schedule_drive(t, parse_pin(words[3]), level), 'at')
        elif words[2] == 'set':
            kind, bus, addr, param, value = part_change(words[3:])
            check(hal.sim_schedule_set(t, kind, bus, addr, param, value), 'at')
        else:
            raise BoardFileError("at TIME drive PIN LEVEL, or at TIME set ...")
    else:
        raise BoardFileError("don't know '%s'" % ' '.join(words))
    return ''


def load(space, path):
    """Set up the simulated board from the file; errors are OSError/ValueError
    with the file and line.  What the parts have to say (a pty's name) goes
    to stderr."""
    for m in _load(space, path):
        space.stderr.write_str(m)


def _load(space, path):
    try:
        text = fileio.read_file(path)
    except OSError:
        raise oefmt(space.w_OSError, "can't read board file '%s'" % path)
    lineno = 0
    messages = []
    for line in text.split('\n'):
        lineno += 1
        hashpos = line.find('#')
        if hashpos >= 0:
            line = line[:hashpos]
        words = [w for w in line.replace('\t', ' ').split(' ') if w]
        if not words:
            continue
        try:
            m = statement(words)
        except BoardFileError as e:
            raise oefmt(space.w_ValueError, "%s, line %d: %s" % (path, lineno, e.msg))
        if m:
            messages.append(m)
    return messages
