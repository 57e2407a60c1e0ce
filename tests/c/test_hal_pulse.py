"""The host board's timing-driven parts (hal/host/sim_pulse.c, built into
hal_host.c), called through cffi: PWM waveforms (levels, VCD edges),
mp_hal_pin_wait, pulse counters and encoders, bitstream with a WS2812
chain, an HC-SR04 sensor."""
import errno

import pytest

IN, OUT, OD, ALT = 0, 1, 2, 3
RISING, FALLING = 2, 1
WS2812, HCSR04 = 6, 7


def vhal(hal):
    assert hal.mp_hal_set_virtual_time(1) == 0
    return hal.mp_hal_ticks_us()


def vcd(path):
    """{pin name: [(t, level), ...]} and the $comment lines of a VCD."""
    ids, ch, comments, t = {}, {}, [], None
    for line in open(path):
        line = line.strip()
        if line.startswith('$var'):
            p = line.split()
            ids[p[3]] = p[4]
            ch[p[4]] = []
        elif line.startswith('$comment'):
            comments.append(line)
        elif line.startswith('#'):
            nt = int(line[1:])
            assert t is None or nt >= t, 'time goes back'
            t = nt
        elif line and line[0] in '01' and t is not None:
            ch[ids[line[1:]]].append((t, int(line[0])))
    return ch, comments


def at(hal, t):
    now = hal.mp_hal_ticks_us()
    assert t >= now
    hal.mp_hal_advance_us(t - now)


# ---------------------------------------------------------------- PWM

def test_pwm_level_follows_the_waveform(hal):
    vhal(hal)
    at(hal, 100)
    # 1 ms, high 1e6 * 16384 / 65535 = 250003 ns
    assert hal.mp_hal_pwm_init(3, 1000, 16384) == 0
    for t, lv in [(100, 1), (350, 1), (351, 0), (1099, 0), (1100, 1),
                  (1350, 1), (1351, 0), (5100, 1)]:
        at(hal, t)
        assert hal.mp_hal_pin_read(3) == lv, t
    assert hal.mp_hal_pwm_init(3, 1000, 0) == 0
    at(hal, 5200)
    assert hal.mp_hal_pin_read(3) == 0
    assert hal.mp_hal_pwm_init(3, 1000, 65535) == 0
    at(hal, 5800)
    assert hal.mp_hal_pin_read(3) == 1
    # a change restarts the periods at its time
    assert hal.mp_hal_pwm_init(3, 500, 32768) == 0     # 2 ms, high ~1 ms
    at(hal, 6800)
    assert hal.mp_hal_pin_read(3) == 1
    at(hal, 6801)
    assert hal.mp_hal_pin_read(3) == 0
    assert hal.mp_hal_pwm_deinit(3) == 0
    at(hal, 7800)
    assert hal.mp_hal_pin_read(3) == 0


def test_pwm_edges_in_the_vcd(hal, tmp_path):
    vhal(hal)
    p = str(tmp_path / 't.vcd')
    hal.mp_hal_pin_init(1, OUT, -1, -1, 0)
    assert hal.mp_hal_trace_open(p.encode(), 0) == 0
    at(hal, 10)
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0     # edges every ~500 us
    at(hal, 1500)
    hal.mp_hal_pin_write(1, 1)      # a line at 1500: the edges before it first
    at(hal, 3010)
    assert hal.mp_hal_pwm_init(2, 10000, 6554) == 0     # 100 us, high 10 us
    at(hal, 3300)
    assert hal.mp_hal_pwm_deinit(2) == 0
    at(hal, 4000)
    assert hal.mp_hal_trace_close() == 0
    ch, _ = vcd(p)
    assert ch['pin1'] == [(0, 0), (1500, 1)]
    assert ch['pin2'] == [(10, 1), (510, 0), (1010, 1), (1510, 0), (2010, 1),
                          (2510, 0), (3010, 1), (3020, 0), (3110, 1),
                          (3120, 0), (3210, 1), (3220, 0)]


def test_pwm_vcd_edges_round_to_the_us_and_fast_pwm_shows_1(hal, tmp_path):
    vhal(hal)
    p = str(tmp_path / 't.vcd')
    log = str(tmp_path / 't.log')
    assert hal.mp_hal_trace_open(p.encode(), 0) == 0
    assert hal.mp_hal_pwm_init(4, 3, 32768) == 0    # period 333333333 ns
    assert hal.mp_hal_pwm_init(5, 1000000, 32768) == 0  # 1 us: constant 1
    at(hal, 1000000)
    assert hal.mp_hal_trace_close() == 0
    ch, _ = vcd(p)
    # high 333333333 * 32768 / 65535 = 166669209 ns
    assert ch['pin4'] == [(0, 1), (166669, 0), (333333, 1), (500003, 0),
                          (666667, 1), (833336, 0), (1000000, 1)]
    assert ch['pin5'] == [(0, 1)]
    assert hal.mp_hal_trace_open(log.encode(), 1) == 0
    assert hal.mp_hal_pwm_init(5, 2000000, 32768) == 0
    assert hal.mp_hal_trace_close() == 0
    text = open(log).read()
    assert 'pwm pin5 freq=2000000 duty_u16=32768' in text
    assert 'pwm pin5 period under 2 us' in text
    assert text.count('pwm pin5') == 2          # no per-edge lines


def test_pwm_vcd_edge_cap(hal, tmp_path):
    vhal(hal)
    p = str(tmp_path / 't.vcd')
    assert hal.mp_hal_trace_open(p.encode(), 0) == 0
    assert hal.mp_hal_pwm_init(0, 100000, 32768) == 0   # 10 us period
    hal.mp_hal_pin_init(1, OUT, -1, -1, 0)
    at(hal, 600000)                 # 120000 edges
    hal.mp_hal_pin_write(1, 1)
    assert hal.mp_hal_trace_close() == 0
    ch, comments = vcd(p)
    assert len(ch['pin0']) == 1 + 100000
    assert len(comments) == 1 and 'pin0' in comments[0]
    assert ch['pin1'][-1] == (600000, 1)


def test_pwm_edges_merge_across_pins(hal, tmp_path):
    vhal(hal)
    p = str(tmp_path / 't.vcd')
    assert hal.mp_hal_trace_open(p.encode(), 0) == 0
    assert hal.mp_hal_pwm_init(0, 1000, 32768) == 0
    at(hal, 250)
    assert hal.mp_hal_pwm_init(1, 1000, 32768) == 0
    at(hal, 2000)
    assert hal.mp_hal_trace_close() == 0
    ch, _ = vcd(p)      # vcd() checks that times never go back
    assert [t for t, _ in ch['pin0']] == [0, 500, 1000, 1500]
    assert [t for t, _ in ch['pin1']] == [250, 750, 1250, 1750]


# ---------------------------------------------------------------- pin_wait

def test_pin_wait_on_scheduled_drives(hal):
    vhal(hal)
    hal.mp_hal_pin_init(7, IN, -1, -1, -1)
    assert hal.mp_hal_pin_wait(7, 0, 100) == 0          # already there
    hal.mp_hal_sim_schedule_drive(300, 7, 1)
    hal.mp_hal_sim_schedule_drive(1300, 7, 0)
    assert hal.mp_hal_pin_wait(7, 1, 1000) == 300
    assert hal.mp_hal_pin_wait(7, 0, 500) == -errno.ETIMEDOUT
    assert hal.mp_hal_ticks_us() == 800
    assert hal.mp_hal_pin_wait(7, 0, 1000) == 1300
    assert hal.mp_hal_pin_wait(64, 0, 10) == -errno.EINVAL
    assert hal.mp_hal_pin_wait(7, 2, 10) == -errno.EINVAL


def test_pin_wait_on_pwm(hal):
    vhal(hal)
    assert hal.mp_hal_pwm_init(2, 1000, 16384) == 0     # high 250003 ns
    assert hal.mp_hal_pin_wait(2, 0, 10000) == 251      # the us after it
    assert hal.mp_hal_pin_wait(2, 1, 10000) == 1000
    assert hal.mp_hal_pin_wait(2, 0, 100) == -errno.ETIMEDOUT
    assert hal.mp_hal_ticks_us() == 1100


def test_pin_wait_real_time(hal):
    hal.mp_hal_pin_init(7, IN, 2, -1, -1)
    t0 = hal.mp_hal_ticks_us()
    assert hal.mp_hal_pin_wait(7, 1, 2000) == -errno.ETIMEDOUT
    assert hal.mp_hal_ticks_us() - t0 >= 2000
    at = hal.mp_hal_ticks_us() + 1000
    hal.mp_hal_sim_schedule_drive(at, 7, 1)
    assert hal.mp_hal_pin_wait(7, 1, 500000) == at      # the edge's time, not the poll's


# ---------------------------------------------------------------- counters

def test_counter_on_drives(hal):
    vhal(hal)
    assert hal.mp_hal_counter_value(0) == 0             # not running
    assert hal.mp_hal_counter_init(0, 5, RISING, 1, -1, 0) == 0
    assert hal.mp_hal_counter_init(1, 5, RISING | FALLING, -1, -1, 0) == 0
    assert hal.mp_hal_counter_init(2, 5, FALLING, 1, 6, 0) == 0
    for i in range(10):
        hal.mp_hal_sim_schedule_drive(100 + 20 * i, 5, (i + 1) % 2)
    hal.mp_hal_sim_schedule_drive(150, 6, 1)    # unit 2 counts down after
    at(hal, 1000)
    assert hal.mp_hal_counter_value(0) == 5
    assert hal.mp_hal_counter_value(1) == -10
    # falls at 120, 160, 200, 240, 280: one up, four down
    assert hal.mp_hal_counter_value(2) == 1 - 4
    assert hal.mp_hal_counter_set(0, 100) == 0
    hal.mp_hal_sim_pin_drive(5, 1)
    assert hal.mp_hal_counter_value(0) == 101
    assert hal.mp_hal_counter_deinit(0) == 0
    assert hal.mp_hal_counter_deinit(0) == 0
    assert hal.mp_hal_counter_value(0) == 0
    assert hal.mp_hal_counter_set(0, 1) == -errno.EINVAL
    # re-init resets
    assert hal.mp_hal_counter_init(1, 5, RISING, 1, -1, 0) == 0
    assert hal.mp_hal_counter_value(1) == 0


def test_counter_filter(hal):
    vhal(hal)
    assert hal.mp_hal_counter_init(0, 5, RISING, 1, -1, 5000) == 0
    hal.mp_hal_sim_pin_drive(5, 0)
    for t, lv in [(100, 1), (102, 0), (104, 1), (200, 0), (300, 1)]:
        hal.mp_hal_sim_schedule_drive(t, 5, lv)
    at(hal, 400)
    # rising at 100 (low since 0), 300 (low 100 us) count; 104 (low 2 us) not
    assert hal.mp_hal_counter_value(0) == 2


def test_counter_on_pwm(hal):
    vhal(hal)
    assert hal.mp_hal_counter_init(0, 2, RISING, 1, -1, 0) == 0
    assert hal.mp_hal_counter_init(1, 2, RISING | FALLING, 1, -1, 0) == 0
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0     # rises at 0 (an edge)
    at(hal, 1000000)
    assert hal.mp_hal_counter_value(0) == 1001          # 0, 1 ms .. 1000 ms
    assert hal.mp_hal_counter_value(1) == 2001
    assert hal.mp_hal_pwm_init(2, 2000, 32768) == 0     # restarts high: no edge
    at(hal, 1500000)
    assert hal.mp_hal_counter_value(0) == 2001
    assert hal.mp_hal_pwm_deinit(2) == 0                # it was high: falls
    assert hal.mp_hal_counter_value(1) == 2001 + 2000 + 1
    # a filter drops the short high pulses' falling edges
    assert hal.mp_hal_counter_init(3, 2, FALLING, 1, -1, 50000) == 0
    assert hal.mp_hal_counter_init(4, 2, RISING, -1, -1, 50000) == 0
    assert hal.mp_hal_pwm_init(2, 1000, 1311) == 0      # high 20 us
    at(hal, 1510000)
    assert hal.mp_hal_counter_value(3) == 0
    assert hal.mp_hal_counter_value(4) == -10   # not the start


def test_counter_pwm_with_a_direction_pin(hal):
    vhal(hal)
    hal.mp_hal_pin_init(6, IN, -1, -1, -1)
    hal.mp_hal_sim_pin_drive(6, 0)
    assert hal.mp_hal_counter_init(0, 2, RISING, 1, 6, 0) == 0
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0
    hal.mp_hal_sim_schedule_drive(10500, 6, 1)
    at(hal, 20500)
    assert hal.mp_hal_counter_value(0) == 11 - 10


def encoder_steps(hal, a, b, t, n, forward, step=100):
    seq = [(0, 0), (1, 0), (1, 1), (0, 1)]
    if not forward:
        seq = seq[::-1]
        seq = [seq[-1]] + seq[:-1]
    for i in range(1, 4 * n + 1):
        la, lb = seq[i % 4]
        hal.mp_hal_sim_schedule_drive(t + step * i, a, la)
        hal.mp_hal_sim_schedule_drive(t + step * i, b, lb)
    return t + step * (4 * n + 1)


@pytest.mark.parametrize('phases', [1, 2, 4])
def test_encoder_both_directions(hal, phases):
    vhal(hal)
    hal.mp_hal_sim_pin_drive(10, 0)
    hal.mp_hal_sim_pin_drive(11, 0)
    assert hal.mp_hal_encoder_init(3, 10, 11, phases, 0) == 0
    t = encoder_steps(hal, 10, 11, 0, 5, True)
    at(hal, t)
    assert hal.mp_hal_counter_value(3) == 5 * phases
    t = encoder_steps(hal, 10, 11, t, 3, False)
    at(hal, t)
    assert hal.mp_hal_counter_value(3) == 2 * phases


def test_encoder_on_two_pwms_and_filter(hal):
    vhal(hal)
    # b lags a by a quarter period: a leads, counting up
    assert hal.mp_hal_encoder_init(0, 2, 3, 4, 0) == 0
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0
    at(hal, 250)
    assert hal.mp_hal_pwm_init(3, 1000, 32768) == 0
    at(hal, 10250)
    assert hal.mp_hal_counter_value(0) == 2 + 4 * 10
    # a filter longer than the levels hold: only the first edges count
    assert hal.mp_hal_encoder_init(1, 12, 13, 4, 250000) == 0
    t = encoder_steps(hal, 12, 13, 20000, 3, True)
    at(hal, t)
    assert hal.mp_hal_counter_value(1) == 2    # the first edges: held long


def test_counter_errors(hal):
    E = -errno.EINVAL
    assert hal.mp_hal_counter_init(8, 1, RISING, 1, -1, 0) == E
    assert hal.mp_hal_counter_init(-1, 1, RISING, 1, -1, 0) == E
    assert hal.mp_hal_counter_init(0, 64, RISING, 1, -1, 0) == E
    assert hal.mp_hal_counter_init(0, 1, 0, 1, -1, 0) == E
    assert hal.mp_hal_counter_init(0, 1, 4, 1, -1, 0) == E
    assert hal.mp_hal_counter_init(0, 1, RISING, 0, -1, 0) == E
    assert hal.mp_hal_counter_init(0, 1, RISING, 1, 64, 0) == E
    assert hal.mp_hal_counter_init(0, 1, RISING, 1, -1, -1) == E
    assert hal.mp_hal_encoder_init(0, 1, 2, 3, 0) == E
    assert hal.mp_hal_encoder_init(0, 1, 1, 4, 0) == E
    assert hal.mp_hal_encoder_init(8, 1, 2, 4, 0) == E
    assert hal.mp_hal_counter_deinit(8) == E
    assert hal.mp_hal_counter_value(8) == E
    assert hal.mp_hal_counter_set(8, 0) == E


# ---------------------------------------------------------------- bitstream

def ws_timing(hal, ffi, pin, data, t=(400, 850, 800, 450)):
    buf = ffi.new('unsigned char[]', bytes(data) or b'\0')
    return hal.mp_hal_bitstream(pin, t[0], t[1], t[2], t[3], buf, len(data))


def test_bitstream_timing_and_trace(hal, built, tmp_path):
    ffi = built.ffi
    vhal(hal)
    log = str(tmp_path / 't.log')
    hal.mp_hal_pin_init(4, OUT, -1, -1, 1)
    assert hal.mp_hal_trace_open(log.encode(), 1) == 0
    at(hal, 100)
    # 0x0f: 4 zeros (1250 ns) + 4 ones (1250 ns) = 10 us; 0x00 = 8 * 1250
    assert ws_timing(hal, ffi, 4, b'\x0f\x00') == 2
    assert hal.mp_hal_ticks_us() == 120
    assert hal.mp_hal_pin_read(4) == 0
    assert ws_timing(hal, ffi, 4, b'\x01', (300, 900, 600, 600)) == 1
    assert hal.mp_hal_ticks_us() == 130             # 8 * 1200 ns, rounded up
    assert hal.mp_hal_trace_close() == 0
    text = open(log).read()
    assert '100 bitstream pin4 0f 00\n' in text
    assert '120 pin4 0\n' in text
    hal.mp_hal_pin_init(5, IN, -1, -1, -1)
    assert ws_timing(hal, ffi, 5, b'\x01') == -errno.EINVAL
    assert ws_timing(hal, ffi, 64, b'\x01') == -errno.EINVAL
    assert ws_timing(hal, ffi, 4, b'\x01', (-1, 1, 1, 1)) == -errno.EINVAL


def test_bitstream_real_time_takes_its_time(hal, built):
    hal.mp_hal_pin_init(4, OUT, -1, -1, 0)
    t0 = hal.mp_hal_ticks_us()
    assert ws_timing(hal, built.ffi, 4, bytes(300), (1000, 1000, 1000, 1000)) == 300
    assert hal.mp_hal_ticks_us() - t0 >= 4800


def test_ws2812_decoding_and_frames(hal, built):
    ffi = built.ffi
    vhal(hal)
    hal.mp_hal_pin_init(4, OUT, -1, -1, 0)
    assert hal.mp_hal_sim_attach(WS2812, 4, 0, 3) == 0
    assert hal.mp_hal_sim_attach(WS2812, 4, 0, 3) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(WS2812, 5, 0, 0) == -errno.EINVAL
    assert hal.mp_hal_sim_attach(WS2812, 5, 0, 1025) == -errno.EINVAL
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 0) == 0
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 3) == -errno.EINVAL
    assert hal.mp_hal_sim_get(WS2812, 5, 0, 0) == -errno.ENODEV
    at(hal, 100)
    assert ws_timing(hal, ffi, 4, b'\x11\x22\x33\x44\x55') == 5
    assert ws_timing(hal, ffi, 4, b'\x66\x77\x88\x99\xaa\xbb') == 6  # same frame
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 0) == 0x112233
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 1) == 0x445566
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 2) == 0x778899      # aa bb dropped
    at(hal, hal.mp_hal_ticks_us() + 50)
    assert ws_timing(hal, ffi, 4, b'\xff\x00\x01') == 3         # a new frame
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 0) == 0xff0001
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 1) == 0x445566
    # a bit is 1 when high more than half of its period
    at(hal, hal.mp_hal_ticks_us() + 100)
    assert ws_timing(hal, ffi, 4, b'\xf0', (600, 600, 601, 599)) == 1
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 0) >> 16 == 0xf0
    # high for a while: no reset before the next bytes
    at(hal, hal.mp_hal_ticks_us() + 100)
    hal.mp_hal_pin_write(4, 1)
    at(hal, hal.mp_hal_ticks_us() + 100)
    assert ws_timing(hal, ffi, 4, b'\x0a') == 1
    assert hal.mp_hal_sim_get(WS2812, 4, 0, 0) == 0xf00a01


# ---------------------------------------------------------------- HC-SR04

def test_hcsr04_echo(hal):
    vhal(hal)
    hal.mp_hal_pin_init(8, OUT, -1, -1, 0)
    hal.mp_hal_pin_init(9, IN, -1, -1, -1)
    assert hal.mp_hal_sim_attach(HCSR04, 8, 9, 1000) == 0
    assert hal.mp_hal_sim_attach(HCSR04, 8, 10, 1000) == -errno.EBUSY
    assert hal.mp_hal_sim_attach(HCSR04, 8, 8, 1000) == -errno.EINVAL
    assert hal.mp_hal_sim_get(HCSR04, 8, 9, 0) == 1000
    assert hal.mp_hal_pin_read(9) == 0

    def measure(high_us=10):
        hal.mp_hal_pin_write(8, 1)
        hal.mp_hal_advance_us(high_us)
        hal.mp_hal_pin_write(8, 0)
        t0 = hal.mp_hal_ticks_us()
        t1 = hal.mp_hal_pin_wait(9, 1, 30000)
        if t1 < 0:
            return None
        t2 = hal.mp_hal_pin_wait(9, 0, 40000)
        return t1 - t0, t2 - t1

    assert measure() == (500, 5831)         # 2 m / 343 m/s
    assert hal.mp_hal_sim_set(HCSR04, 8, 9, 0, 20) == 0
    assert measure() == (500, 117)
    assert hal.mp_hal_sim_set(HCSR04, 8, 9, 0, 19) == 0
    assert measure() == (500, 38000)
    assert hal.mp_hal_sim_set(HCSR04, 8, 9, 0, 4001) == 0
    assert measure() == (500, 38000)
    assert hal.mp_hal_sim_set(HCSR04, 8, 9, 0, 343) == 0
    assert measure(9) is None               # a too short trigger
    assert measure() == (500, 2000)
    assert hal.mp_hal_sim_set(HCSR04, 8, 7, 0, 343) == -errno.ENODEV
    assert hal.mp_hal_sim_set(HCSR04, 8, 9, 1, 343) == -errno.EINVAL
    assert hal.mp_hal_sim_schedule_set(10 ** 9, HCSR04, 8, 9, 0, 500) == 0


def test_trace_opened_while_a_pwm_runs(hal, tmp_path):
    vhal(hal)
    p = str(tmp_path / 't.vcd')
    assert hal.mp_hal_pwm_init(2, 1000, 32768) == 0
    at(hal, 1700)                   # low since 1500
    assert hal.mp_hal_trace_open(p.encode(), 0) == 0
    at(hal, 3100)
    assert hal.mp_hal_trace_close() == 0
    ch, _ = vcd(p)
    assert ch['pin2'] == [(1700, 0), (2000, 1), (2500, 0), (3000, 1)]
    # the text trace shows no edges, only the latch level when PWM starts
    log = str(tmp_path / 't.log')
    assert hal.mp_hal_trace_open(log.encode(), 1) == 0
    at(hal, 5000)
    assert hal.mp_hal_trace_close() == 0
    assert open(log).read() == '3100 pin2 1\n'


def test_ws2812_has_no_settings(hal):
    assert hal.mp_hal_sim_attach(WS2812, 4, 0, 3) == 0
    assert hal.mp_hal_sim_set(WS2812, 4, 0, 0, 1) == -errno.EINVAL
    assert hal.mp_hal_sim_get(HCSR04, 4, 5, 0) == -errno.ENODEV
