"""machine.CAN, machine.I2S and a UART on a host pty, on the host port's
simulated board (programs run under micropy, mostly with --virtual-time)."""
import os
import subprocess
import sys
import termios
import textwrap
import time
import tty

from test_machine import micropy, run


def test_can_between_two_controllers(tmp_path):
    log = tmp_path / 'can.log'
    rc, out, err = run(tmp_path, '''
        import machine
        from machine import CAN
        a = CAN(0, 500_000)
        b = CAN(1, 500_000)
        got = []
        def on_rx(can):
            while True:
                f = can.irq().flags()
                if not f:
                    break
                if f & CAN.IRQ_RX:
                    m = can.recv()
                    got.append((hex(m[0]), bytes(m[1])))
        b.irq(on_rx, trigger=CAN.IRQ_RX)
        b.set_filters([(0x100, 0x7F0, 0), (0x1234, 0x1FFFFFFF, CAN.FLAG_EXT_ID)])
        for ident, flags in [(0x101, 0), (0x201, 0), (0x10F, 0), (0x1234, CAN.FLAG_EXT_ID),
                             (0x234, 0)]:
            a.send(ident, bytes([ident & 0xFF]), flags)
            machine.idle()
        print(got)
        print(a.get_counters(), b.get_counters())
    ''', '--virtual-time', '--trace', str(log))
    assert rc == 0, err
    lines = out.splitlines()
    assert lines[0] == ("[('0x101', b'\\x01'), ('0x10f', b'\\x0f'), "
                        "('0x1234', b'4')]")
    assert lines[1] == '[0, 0, 0, 0, 0, 0, 0, 0] [0, 0, 0, 0, 0, 0, 0, 0]'
    trace = [l.split(' ', 1)[1] for l in log.read_text().splitlines()
             if ' can' in l]
    assert trace == ['can0 T 101 [1] 01', 'can0 T 201 [1] 01', 'can0 T 10f [1] 0f',
                     'can0 T 00001234 [1] 34', 'can0 T 234 [1] 34']


def test_can_error_states(tmp_path):
    rc, out, err = run(tmp_path, '''
        from machine import CAN
        a = CAN(0, 250_000)
        print(a.send(0x7, b'?'), a.state() == CAN.STATE_PASSIVE, a.get_counters()[:2])
        b = CAN(1, 250_000, mode=CAN.MODE_LOOPBACK)   # acks: the frame goes
        print(a.get_counters()[0], a.state() == CAN.STATE_WARNING)
        a.restart()
        print(a.state() == CAN.STATE_ACTIVE, a.get_counters())
    ''', '--virtual-time')
    assert rc == 0, err
    assert out.splitlines() == ['0 True [128, 0]', '127 True',
                                'True [0, 0, 0, 0, 0, 0, 0, 0]']


def test_i2s_one_second_of_audio(tmp_path):
    rc, out, err = run(tmp_path, '''
        import time
        from machine import I2S
        tx = I2S(0, sck=1, ws=2, sd=3, mode=I2S.TX, bits=16, format=I2S.STEREO,
                 rate=22050, ibuf=8192)
        chunk = bytes(4 * 441)          # 20 ms
        t0 = time.ticks_us()
        n = 0
        for _ in range(50):
            n += tx.write(chunk)
        print(n, time.ticks_diff(time.ticks_us(), t0))
    ''', '--virtual-time')
    assert rc == 0, err
    n, dt = map(int, out.split())
    assert n == 22050 * 4
    assert 1000000 <= dt <= 1000010     # (a clock read moves virtual time by 1 us)


def test_i2s_reads_a_tone(tmp_path):
    rc, out, err = run(tmp_path, '''
        import time, simboard
        from machine import I2S
        simboard.attach('i2s_tone', 0, 0, 1000)
        rx = I2S(0, sck=1, ws=2, sd=3, mode=I2S.RX, bits=16, format=I2S.MONO,
                 rate=16000, ibuf=8192)
        buf = bytearray(3200)           # 100 ms
        t0 = time.ticks_us()
        rx.readinto(buf)
        dt = time.ticks_diff(time.ticks_us(), t0)
        prev = 0
        ups = 0
        peak = 0
        for i in range(0, len(buf), 2):
            v = int.from_bytes(buf[i:i + 2], 'little', signed=True)
            if prev <= 0 < v:
                ups += 1
            prev = v
            peak = max(peak, v)
        print(ups, peak, dt)
    ''', '--virtual-time')
    assert rc == 0, err
    ups, peak, dt = map(int, out.split())
    assert ups == 100           # 1 kHz for 100 ms
    assert peak == 16384        # half scale
    assert 100000 <= dt <= 100010


def test_uart_on_a_pty(tmp_path):
    prog = tmp_path / 'prog.py'
    prog.write_text(textwrap.dedent('''
        import sys, time, simboard
        from machine import UART
        simboard.attach('uart_pty', 1, 0)
        u = UART(1, 115200)
        print(simboard.pty_name(1))
        sys.stdout.flush()
        line = b''
        for _ in range(3000):
            c = u.read()
            if c:
                line += c
                if line.endswith(b'\\n'):
                    break
            time.sleep_ms(10)
        u.write(b'echo:' + line)
        time.sleep_ms(200)
        print('done', line)
    '''))
    p = subprocess.Popen([micropy(), str(prog)], cwd=str(tmp_path),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        name = p.stdout.readline().decode().strip()
        assert name.startswith('/dev/'), (name, p.stderr.read())
        fd = os.open(name, os.O_RDWR | os.O_NOCTTY)
        try:
            tty.setraw(fd)
            os.write(fd, b'ping 123\n')
            got = b''
            deadline = time.monotonic() + 30
            while not got.endswith(b'\n') and time.monotonic() < deadline:
                try:
                    got += os.read(fd, 100)
                except OSError:
                    break
            assert got == b'echo:ping 123\n'
        finally:
            os.close(fd)
        out, err = p.communicate(timeout=30)
        assert p.returncode == 0, err
        assert out.decode().strip() == "done b'ping 123\\n'"
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
