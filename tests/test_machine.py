"""machine on the host port's simulated board: programs run under micropy
with --virtual-time and --trace, and the trace (VCD or text) is parsed to
check the edges the "hardware" saw, at their exact virtual times."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def micropy():
    return os.environ.get('MICROPY') or os.path.join(REPO, 'build', 'micropy')


def run(tmp_path, src, *flags, timeout=60):
    prog = tmp_path / 'prog.py'
    prog.write_text(textwrap.dedent(src))
    p = subprocess.run([micropy()] + list(flags) + [str(prog)], cwd=str(tmp_path),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    err = ''.join(l for l in p.stderr.decode().splitlines(True)
                  if not l.startswith('[version:WARNING]'))    # the untranslated runner's
    return p.returncode, p.stdout.decode(), err


def parse_vcd(path):
    """{wire name: [(time, value), ...]} from a VCD file (1-bit wires)."""
    ids = {}
    changes = {}
    t = None
    in_header = True
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if in_header:
                assert not line.startswith('#'), 'time before $enddefinitions'
                if line.startswith('$timescale'):
                    assert '1us' in line.replace(' ', '')
                if line.startswith('$var'):
                    parts = line.split()
                    assert parts[1] == 'wire' and parts[2] == '1', line
                    ids[parts[3]] = parts[4]
                    changes[parts[4]] = []
                if line.startswith('$enddefinitions'):
                    in_header = False
                continue
            if line.startswith('#'):
                nt = int(line[1:])
                assert t is None or nt >= t, 'time goes back'
                t = nt
            elif line[0] in '01xz':
                assert t is not None
                changes[ids[line[1:]]].append((t, line[0]))
            else:
                assert line.startswith('$'), line
    return changes


def edges(changes):
    """(time, value) where the value really changes."""
    out = []
    for t, v in changes:
        if out and out[-1][1] == v:
            continue
        out.append((t, v))
    return out


BLINK = '''
    from machine import Pin
    import time
    led = Pin(2, Pin.OUT)
    for i in range(3):
        led.value(1)
        time.sleep(0.5)
        led.value(0)
        time.sleep(0.5)
    print('done', time.ticks_ms())
'''


def test_blink_with_sleep_vcd(tmp_path):
    vcd = tmp_path / 'blink.vcd'
    t0 = time.monotonic()
    rc, out, err = run(tmp_path, BLINK, '--virtual-time', '--trace', str(vcd))
    assert (rc, out, err) == (0, 'done 3000\n', '')
    assert time.monotonic() - t0 < 20          # 3 s of board time, not slept
    pin2 = edges(parse_vcd(str(vcd))['pin2'])
    # Pin(2, Pin.OUT) starts low, value(1) at once, then an edge every 0.5 s
    assert pin2 == [(0, '0'), (0, '1'), (500000, '0'), (1000000, '1'), (1500000, '0'),
                    (2000000, '1'), (2500000, '0')]


def test_blink_for_an_hour_takes_no_time(tmp_path):
    src = '''
        from machine import Pin
        import time
        led = Pin(2, Pin.OUT)
        for i in range(3600):
            led.on()
            time.sleep_ms(500)
            led.off()
            time.sleep_ms(500)
        print(time.ticks_diff(time.ticks_ms(), 0))
    '''
    log = tmp_path / 'blink.txt'
    rc, out, err = run(tmp_path, src, '--virtual-time', '--trace', str(log))
    assert rc == 0, err
    lines = log.read_text().splitlines()
    ons = [int(l.split()[0]) for l in lines if l.endswith('pin2 1')]
    assert len(ons) == 3600
    assert ons[:3] == [0, 1000000, 2000000] and ons[-1] == 3599000000


def test_nonblocking_blink_ticks_diff(tmp_path):
    # the non-blocking version: polls ticks_ms, never sleeps
    src = '''
        import time
        from machine import Pin
        led = Pin(2, Pin.OUT)
        start = time.ticks_ms()
        n = 0
        while n < 6:
            if time.ticks_diff(time.ticks_ms(), start) > 500:
                led.toggle()
                start = time.ticks_ms()
                n += 1
        print('toggled', n)
    '''
    vcd = tmp_path / 'nb.vcd'
    rc, out, err = run(tmp_path, src, '--virtual-time', '--trace', str(vcd))
    assert (rc, out, err) == (0, 'toggled 6\n', '')
    pin2 = edges(parse_vcd(str(vcd))['pin2'])
    assert [v for t, v in pin2] == ['0', '1', '0', '1', '0', '1', '0']
    times = [t for t, v in pin2]
    for a, b in zip(times, times[1:]):
        assert 500000 < b - a <= 502000, times
    # and the same run twice gives the same trace
    vcd2 = tmp_path / 'nb2.vcd'
    run(tmp_path, src, '--virtual-time', '--trace', str(vcd2))
    assert parse_vcd(str(vcd2)) == parse_vcd(str(vcd))


def test_endless_blink_interrupted_keeps_its_trace(tmp_path):
    # the blink of MicroPython's introductions never ends: Ctrl-C (SIGINT)
    # ends it, and the trace of what happened until then is complete
    prog = tmp_path / 'forever.py'
    prog.write_text(textwrap.dedent('''
        from machine import Pin
        import time
        led = Pin(2, Pin.OUT)
        open('started', 'w').close()
        while True:
            led.value(1)
            time.sleep(0.5)
            led.value(0)
            time.sleep(0.5)
    '''))
    vcd = tmp_path / 'forever.vcd'
    p = subprocess.Popen([micropy(), '--virtual-time', '--trace', str(vcd), str(prog)],
                         cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (tmp_path / 'started').exists():
        assert p.poll() is None and time.monotonic() < deadline, 'the program did not start'
        time.sleep(0.01)
    time.sleep(0.2)             # let it blink through a few thousand virtual seconds
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=30)
    assert p.returncode == 130, err
    assert b'KeyboardInterrupt' in err
    pin2 = edges(parse_vcd(str(vcd))['pin2'])
    assert len(pin2) > 20
    assert pin2[0] == (0, '0')
    for i, (t, v) in enumerate(pin2[1:21]):
        assert (t, v) == (i * 500000, '1' if i % 2 == 0 else '0')


def test_button_irq_counts_presses(tmp_path):
    src = '''
        import time, simboard
        from machine import Pin
        count = 0
        def pressed(p):
            global count
            count += 1
            print('press', count, 'at', time.ticks_ms(), p)
        button = Pin(4, Pin.IN, Pin.PULL_UP)
        button.irq(pressed, Pin.IRQ_FALLING)
        for t in (100, 300, 700):
            simboard.at(t * 1000, 4, 0)              # pressed
            simboard.at(t * 1000 + 50000, 4, None)   # released: the pull-up wins
        time.sleep(1)
        print('count', count, button.value())
        button.irq(None)
        simboard.at(1100000, 4, 0)
        time.sleep(0.5)
        print('count', count, button.value())
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, '')
    assert out == ('press 1 at 100 Pin(4)\npress 2 at 300 Pin(4)\npress 3 at 700 Pin(4)\n'
                   'count 3 1\ncount 3 0\n')


def test_irq_on_both_edges_with_a_text_log(tmp_path):
    src = '''
        import time, simboard
        from machine import Pin
        seen = []
        p = Pin(7, Pin.IN)
        p.irq(lambda pin: seen.append((time.ticks_ms(), pin.value())),
              Pin.IRQ_RISING | Pin.IRQ_FALLING)
        simboard.at(10000, 7, 1)
        simboard.at(20000, 7, 0)
        simboard.at(30000, 7, 1)
        time.sleep_ms(50)
        print(seen)
    '''
    log = tmp_path / 'log.txt'
    rc, out, err = run(tmp_path, src, '--virtual-time', '--trace', str(log))
    assert (rc, err) == (0, '')
    assert out == '[(10, 1), (20, 0), (30, 1)]\n'
    assert log.read_text().splitlines()[-3:] == ['10000 pin7 1', '20000 pin7 0', '30000 pin7 1']


def test_trace_file_that_cannot_be_opened(tmp_path):
    rc, out, err = run(tmp_path, 'print(1)', '--trace', str(tmp_path / 'no' / 'such.vcd'))
    assert rc == 1
    assert "can't open trace file" in err


def test_timers_on_the_board_clock(tmp_path):
    src = '''
        import time
        from machine import Timer
        ticks = []
        t = Timer(0, mode=Timer.PERIODIC, period=100,
                  callback=lambda t: ticks.append(time.ticks_ms()))
        time.sleep_ms(450)
        t.deinit()
        time.sleep_ms(300)
        once = []
        Timer(1, mode=Timer.ONE_SHOT, freq=20, callback=lambda t: once.append(time.ticks_ms()))
        time.sleep_ms(200)
        print(ticks, once)
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, out, err) == (0, '[100, 200, 300, 400] [800]\n', '')


def test_hardware_and_virtual_timers_together(tmp_path):
    src = '''
        import time
        from machine import Timer
        log = []
        hw = Timer(3, mode=Timer.PERIODIC, period=300, callback=lambda t: log.append(('hw', time.ticks_ms())))
        soft = Timer(-1, mode=Timer.PERIODIC, period=200, callback=lambda t: log.append(('soft', time.ticks_ms())))
        time.sleep_ms(650)
        hw.deinit()
        soft.deinit()
        time.sleep_ms(500)
        print(log)
        for bad in (4, -2):
            try:
                Timer(bad)
            except ValueError:
                print('ValueError', bad)
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, '')
    assert out == ("[('soft', 200), ('hw', 300), ('soft', 400), ('hw', 600), ('soft', 600)]\n"
                   "ValueError 4\nValueError -2\n")


def test_unfed_watchdog_ends_a_program(tmp_path):
    src = '''
        import time, machine
        w = machine.WDT(timeout=1000)
        for i in range(3):
            time.sleep_ms(900)
            w.feed()
        print('fed in time', time.ticks_ms())
        while True:
            time.sleep_ms(10)
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, out, err) == (1, 'fed in time 2700\n', 'micropy: the board was reset\n')


def board_output_until_prompt(flash):
    """What `micropy --virtual-time --board flash` prints up to its first prompt."""
    p = subprocess.Popen([micropy(), '--virtual-time', '--board', str(flash)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = b''
        deadline = time.monotonic() + 30
        while b'>>> ' not in out and time.monotonic() < deadline:
            chunk = p.stdout.read1(4096)
            if not chunk:
                break
            out += chunk
    finally:
        p.kill()
        p.wait()
    return out.decode()


def test_unfed_watchdog_resets_the_board(tmp_path):
    # board mode: the board restarts (boot.py, main.py again) and
    # machine.reset_cause() says why
    flash = tmp_path / 'flash'
    flash.mkdir()
    (flash / 'main.py').write_text(textwrap.dedent('''
        import machine, time
        print('cause', machine.reset_cause())
        with open('/boots.txt', 'a') as f:
            f.write('x')
        if len(open('/boots.txt').read()) < 3:
            w = machine.WDT(timeout=200)
            while True:
                time.sleep_ms(50)
        print('stop here')
    '''))
    text = board_output_until_prompt(flash)
    assert text.count('cause') == 3, text
    assert text.index('cause 1') < text.index('cause 3'), text    # power-on, then watchdog
    assert 'stop here' in text and 'MPY: soft reboot' not in text, text
    assert (flash / 'boots.txt').read_text() == 'xxx'


def test_deepsleep_ends_a_program_and_lightsleep_sleeps(tmp_path):
    src = '''
        import time, machine
        machine.lightsleep(250)
        print(time.ticks_ms())
        machine.Timer(0, mode=machine.Timer.ONE_SHOT, period=100, callback=lambda t: print('woken'))
        machine.lightsleep()            # until the timer
        print(time.ticks_ms())
        machine.deepsleep(1000)
        print('not here')
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, out, err) == (0, '250\nwoken\n350\n', 'micropy: the board went into deep sleep\n')


def test_deepsleep_restarts_the_board(tmp_path):
    flash = tmp_path / 'flash'
    flash.mkdir()
    (flash / 'main.py').write_text(textwrap.dedent('''
        import machine, time
        print('cause', machine.reset_cause())
        with open('/boots.txt', 'a') as f:
            f.write('x')
        if machine.reset_cause() != machine.DEEPSLEEP_RESET:
            machine.deepsleep(60000)    # a minute of virtual time
        print('woke from deep sleep')
    '''))
    text = board_output_until_prompt(flash)
    assert 'cause 1' in text and 'cause 4' in text, text
    assert text.index('cause 1') < text.index('cause 4') < text.index('woke from deep sleep'), text
    assert (flash / 'boots.txt').read_text() == 'xx'


def test_i2c_transactions_in_the_text_trace(tmp_path):
    src = '''
        import simboard
        from machine import I2C, Pin
        simboard.attach('eeprom24', 0, 0x50, 4096)
        i2c = I2C(0, scl=Pin(22), sda=Pin(21))
        i2c.writeto_mem(0x50, 0x10, b'hi', addrsize=16)
        print(i2c.readfrom_mem(0x50, 0x10, 2, addrsize=16))
        try:
            i2c.writeto(0x51, b'x')
        except OSError as e:
            print(e.errno)
    '''
    log = tmp_path / 'bus.txt'
    rc, out, err = run(tmp_path, src, '--virtual-time', '--trace', str(log))
    assert (rc, out, err) == (0, "b'hi'\n19\n", '')
    lines = [l.split(' ', 1)[1] for l in log.read_text().splitlines()]
    assert 'i2c0 W 0x50 00 10 68 69' in lines
    assert any(l.startswith('i2c0 W 0x50 00 10 R -> 68 69') for l in lines), lines
    assert any('0x51' in l and 'NACK' in l for l in lines), lines


BOARD_FILE = '''
# a small board (--hw): named pins, parts, scripted inputs
pin LED 2
pin BUTTON 4
pull 4 up
i2c 0 0x44 sht3x
i2c 0 0x50 eeprom24 4096
spi 0 5 spi_flash
uart 1 loopback
adc 3 1.65              # volts
at 100ms drive BUTTON 0
at 150ms drive BUTTON release
at 1s set sht3x 0 0x44 temperature 30.25
at 1s set adc 3 volts 3.3
'''


def test_board_description_file(tmp_path):
    (tmp_path / 'board.txt').write_text(BOARD_FILE)
    src = '''
        import time
        from machine import Pin, I2C, ADC, UART
        led = Pin('LED', Pin.OUT)
        presses = []
        b = Pin('BUTTON', Pin.IN)
        b.irq(lambda p: presses.append(time.ticks_ms()), Pin.IRQ_FALLING)
        i2c = I2C(0, scl=Pin(22), sda=Pin(21))
        def temp():
            i2c.writeto(0x44, b'\\x24\\x00')
            d = i2c.readfrom(0x44, 6)
            return -45 + 175 * (d[0] << 8 | d[1]) / 65535
        u = UART(1, 9600)
        u.write(b'x')
        print(led, b.value(), [hex(a) for a in i2c.scan()], '%.2f' % temp(),
              ADC(3).read_u16(), u.read())
        time.sleep(2)
        print(presses, b.value(), '%.2f' % temp(), ADC(3).read_u16())
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time', '--hw', str(tmp_path / 'board.txt'))
    assert (rc, err) == (0, '')
    assert out == ("Pin(2) 1 ['0x44', '0x50'] 25.00 32768 b'x'\n"
                   "[100] 1 30.25 65535\n")


def test_board_file_wifi_networks(tmp_path):
    (tmp_path / 'board.txt').write_text('wifi HomeNet secret\nwifi Cafe   # open\n')
    src = '''
        import network, time
        w = network.WLAN(network.STA_IF)
        w.active(True)
        print(sorted(n[0] for n in w.scan()))
        w.connect('Elsewhere', 'x')
        time.sleep_ms(400)
        print(w.status() == network.STAT_NO_AP_FOUND)
        w.connect('HomeNet', 'wrong')
        time.sleep_ms(400)
        print(w.status() == network.STAT_WRONG_PASSWORD)
        w.connect('HomeNet', 'secret')
        while not w.isconnected():
            time.sleep_ms(50)
        print(w.ifconfig()[0], time.ticks_ms())
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time', '--hw', str(tmp_path / 'board.txt'))
    assert (rc, out, err) == (0, "[b'Cafe', b'HomeNet']\nTrue\nTrue\n192.168.1.100 1100\n", '')


@pytest.mark.parametrize('text, message', [
    ('bogus 1\n', "line 1: don't know 'bogus 1'"),
    ('# ok\npin LED 99\n', 'line 2: no pin 99'),
    ('at 10 drive 2 1\n', 'line 1: a time needs a unit'),
    ('i2c 0 0x44 sht3x\ni2c 0 0x44 sht3x\n', 'line 2: sht3x: error'),
    ('wifi\n', "line 1: don't know 'wifi'"),
    ('ws2812 4\n', "line 1: don't know 'ws2812 4'"),
    ('hcsr04 5 6 x\n', "line 1: not a number: 'x'"),
    ('uart 9 pty\n', 'line 1: uart: error'),
])
def test_board_description_errors(tmp_path, text, message):
    (tmp_path / 'bad.txt').write_text(text)
    rc, out, err = run(tmp_path, 'print(1)', '--hw', str(tmp_path / 'bad.txt'))
    assert rc == 1 and out == ''
    assert err.startswith('ValueError: ') and message in err, err
