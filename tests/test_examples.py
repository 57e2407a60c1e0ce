"""The examples the README shows (examples/: a board file, a blink, a
thermostat) run as the README says, with the output and trace it quotes."""
import os
import subprocess

from test_machine import micropy, parse_vcd, edges

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), 'examples')


def run_example(tmp_path, name, *flags):
    p = subprocess.run([micropy(), '--hw', os.path.join(EXAMPLES, 'board.hw')] + list(flags)
                       + [os.path.join(EXAMPLES, name)], cwd=str(tmp_path),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    err = ''.join(l for l in p.stderr.decode().splitlines(True)
                  if not l.startswith('[version:WARNING]'))
    return p.returncode, p.stdout.decode(), err


def test_blink_example_and_its_vcd(tmp_path):
    vcd = tmp_path / 'blink.vcd'
    rc, out, err = run_example(tmp_path, 'blink.py', '--virtual-time', '--trace', str(vcd))
    assert (rc, out, err) == (0, 'blinked at 5000 ms\n', '')
    led = edges(parse_vcd(str(vcd))['pin2'])
    assert led == [(0, '0'), (0, '1')] + [
        (t * 500000, '0' if t % 2 else '1') for t in range(1, 10)]


def test_thermostat_example(tmp_path):
    log = tmp_path / 'thermostat.txt'
    rc, out, err = run_example(tmp_path, 'thermostat.py', '--virtual-time', '--trace', str(log))
    assert (rc, err) == (0, '')
    with open(os.path.join(EXAMPLES, 'thermostat.out')) as f:
        assert out == f.read()
    lines = log.read_text().splitlines()
    assert '0 i2c0 W 0x44 24 00' in lines
    assert '15000 i2c0 R 0x44 -> 66 66 93 80 00 a2' in lines       # 25.0 C, 50 %RH
    assert '1000000 pin4 0' in lines and '1050000 pin4 1' in lines  # the button


def test_parking_sensor_example(tmp_path):
    # time_pulse_us on the HC-SR04's echo, NeoPixels read back as received (GRB)
    rc, out, err = run_example(tmp_path, 'parking.py', '--virtual-time')
    assert (rc, err) == (0, '')
    with open(os.path.join(EXAMPLES, 'parking.out')) as f:
        assert out == f.read()
