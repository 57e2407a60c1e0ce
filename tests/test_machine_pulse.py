"""Timing-driven hardware on the host port's simulated board, from programs
run under micropy with --virtual-time (and --trace): PWM waveforms in the
VCD, an HC-SR04 measured with time_pulse_us, a NeoPixel strip read back
from its simulated WS2812 chain, Counter and Encoder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from test_machine import run, parse_vcd, edges  # noqa: E402


def test_pwm_edges_in_the_vcd(tmp_path):
    src = '''
        from machine import Pin, PWM
        import time
        pwm = PWM(Pin(2), freq=1000, duty_u16=16384)   # 1 ms, high 250003 ns
        time.sleep_ms(3)
        print(Pin(2).value())
        pwm.duty_u16(49152)                             # restarts at 3000
        time.sleep_us(1800)
        print(Pin(2).value())                           # 4800: low since 3750
        time.sleep_us(200)
        print(Pin(2).value())                           # 5000: high again
        pwm.deinit()
        time.sleep_ms(1)
    '''
    vcd = tmp_path / 'pwm.vcd'
    rc, out, err = run(tmp_path, src, '--virtual-time', '--trace', str(vcd))
    assert (rc, err) == (0, ''), err
    assert out.split() == ['1', '0', '1']
    pin2 = edges(parse_vcd(str(vcd))['pin2'])
    # the rising edge due at 5000 is cut by the deinit at that very time
    assert pin2 == [(0, '1'), (250, '0'), (1000, '1'), (1250, '0'), (2000, '1'),
                    (2250, '0'), (3000, '1'), (3750, '0'), (4000, '1'), (4750, '0')]


def test_hcsr04_with_time_pulse_us(tmp_path):
    src = '''
        from machine import Pin, time_pulse_us
        import time, simboard
        trig = Pin(8, Pin.OUT, value=0)
        echo = Pin(9, Pin.IN)
        simboard.attach('hcsr04', 8, 9, 1000)

        def distance_mm():
            trig.value(1)
            time.sleep_us(10)
            trig.value(0)
            us = time_pulse_us(echo, 1, 30000)
            if us < 0:
                return us
            return round(us * 0.343 / 2)

        print(distance_mm())
        simboard.set('hcsr04', 8, 9, (0, 250))
        print(simboard.get('hcsr04', 8, 9, 0), distance_mm())
        simboard.set('hcsr04', 8, 9, (0, 5000))
        print(distance_mm())            # out of range: the echo lasts 38 ms
        time.sleep_ms(60)
        simboard.set('hcsr04', 8, 9, (0, 10))
        time.sleep_ms(60)
        trig.value(1)
        time.sleep_us(5)                # too short: no echo
        trig.value(0)
        print(time_pulse_us(echo, 1, 30000))
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, ''), err
    assert out.split() == ['1000', '250', '250', '-1', '-2']


def test_neopixel_colours_read_back(tmp_path):
    src = '''
        from machine import Pin
        from neopixel import NeoPixel
        import simboard, time
        simboard.attach('ws2812', 5, 0, 8)
        np = NeoPixel(Pin(5), 8)
        for i in range(8):
            np[i] = (i * 30, 255 - i * 30, i)
        t0 = time.ticks_us()
        np.write()
        print(time.ticks_diff(time.ticks_us(), t0) >= 240)     # 192 bits of 1.25 us
        print(' '.join('%06x' % simboard.get('ws2812', 5, 0, i) for i in range(8)))
        time.sleep_us(60)
        np.fill((1, 2, 3))
        np.write()
        print(' '.join('%06x' % simboard.get('ws2812', 5, 0, i) for i in range(8)))
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, ''), err
    lines = out.splitlines()
    assert lines[0] == 'True'
    assert lines[1].split() == ['%02x%02x%02x' % (255 - i * 30, i * 30, i) for i in range(8)]
    assert lines[2].split() == ['020103'] * 8


def test_counter_counts_a_pwm_for_a_second(tmp_path):
    src = '''
        from machine import Pin, PWM, Counter
        import time
        c = Counter(0, Pin(3))
        both = Counter(1, Pin(3), edge=Counter.RISING | Counter.FALLING)
        pwm = PWM(Pin(3), freq=1000, duty_u16=32768)
        time.sleep(1)
        print(c.value(), both.value())
        pwm.freq(5000)
        c.value(0)
        time.sleep_ms(100)
        print(c.value())
        pwm.deinit()
        time.sleep_ms(100)
        print(c.value())
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, ''), err
    # rising at 0 (the start), 1 ms, ... 1000 ms; falling every ms from 0.5 ms
    assert out.split() == ['1001', '2001', '500', '500']


def test_encoder_on_scheduled_quadrature(tmp_path):
    src = '''
        from machine import Pin, Encoder
        import time, simboard
        a, b = Pin(10, Pin.IN), Pin(11, Pin.IN)
        simboard.drive(10, 0)
        simboard.drive(11, 0)
        e4 = Encoder(0, a, b, phases=4)
        e1 = Encoder(1, a, b)
        t = simboard.now_us()
        fwd = [(1, 0), (1, 1), (0, 1), (0, 0)]
        back = [(0, 1), (1, 1), (1, 0), (0, 0)]
        for seq in [fwd] * 10 + [back] * 4:
            for la, lb in seq:
                t += 250
                simboard.at(t, 10, la)
                simboard.at(t, 11, lb)
        time.sleep_ms(5)
        print(e4.value(), e1.value())
        time.sleep_ms(10)
        print(e4.value(), e1.value())
    '''
    rc, out, err = run(tmp_path, src, '--virtual-time')
    assert (rc, err) == (0, ''), err
    # 5 ms = 20 steps = 5 cycles forward; then 10 forward and 4 back in all
    assert out.splitlines() == ['20 5', '24 6']
