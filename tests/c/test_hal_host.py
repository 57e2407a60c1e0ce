"""The host board's HAL (hal/host/hal_host.c, the simulator behind hal/hal.h),
called directly through cffi: pin levels per mode and pull, external drives,
edge interrupts, virtual and real time, scheduled inputs, VCD and text traces."""
import errno
import os
import re
import time

import pytest

import cffi  # noqa: F401  (a test dependency: make env installs it)

HERE = os.path.dirname(os.path.abspath(__file__))
HAL_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'hal')

IN, OUT, OD, ALT, ALT_OD, ANALOG = range(6)
NONE, UP, DOWN = range(3)
FALLING, RISING = 1, 2




def vhal(hal):
    """Switch to virtual time; returns the starting time."""
    assert hal.mp_hal_set_virtual_time(1) == 0
    return hal.mp_hal_ticks_us()


# ____________________________________________________________ GPIO levels

def test_header_constants_and_count(hal):
    assert hal.MP_HAL_PIN_OPEN_DRAIN == OD and hal.MP_HAL_PIN_ANALOG == ANALOG
    assert hal.MP_HAL_PULL_DOWN == DOWN and hal.MP_HAL_IRQ_RISING == RISING
    assert hal.mp_hal_pin_count() == 64
    assert hal.mp_hal_pin_mode(0) == IN and hal.mp_hal_pin_mode(63) == IN


def test_input_floating_pulls_and_external(hal):
    assert hal.mp_hal_pin_init(3, IN, NONE, 0, -1) == 0
    assert hal.mp_hal_pin_read(3) == 0              # floating reads 0
    hal.mp_hal_pin_init(3, IN, UP, 0, -1)
    assert hal.mp_hal_pin_read(3) == 1
    hal.mp_hal_pin_init(3, IN, DOWN, 0, -1)
    assert hal.mp_hal_pin_read(3) == 0
    assert hal.mp_hal_sim_pin_drive(3, 1) == 0      # external beats the pull
    assert hal.mp_hal_pin_read(3) == 1
    hal.mp_hal_pin_init(3, IN, UP, 0, -1)
    assert hal.mp_hal_sim_pin_drive(3, 0) == 0
    assert hal.mp_hal_pin_read(3) == 0
    assert hal.mp_hal_sim_pin_drive(3, -1) == 0     # released: the pull again
    assert hal.mp_hal_pin_read(3) == 1
    hal.mp_hal_pin_init(3, ANALOG, NONE, 0, -1)     # analog reads like an input
    assert hal.mp_hal_pin_mode(3) == ANALOG
    assert hal.mp_hal_pin_read(3) == 0
    hal.mp_hal_sim_pin_drive(3, 1)
    assert hal.mp_hal_pin_read(3) == 1


def test_output_reads_its_own_level(hal):
    assert hal.mp_hal_pin_init(4, OUT, NONE, 2, 1) == 0
    assert hal.mp_hal_pin_mode(4) == OUT
    assert hal.mp_hal_pin_read(4) == 1
    hal.mp_hal_sim_pin_drive(4, 0)                  # a fight: we read ours
    assert hal.mp_hal_pin_read(4) == 1
    assert hal.mp_hal_pin_write(4, 0) == 0
    assert hal.mp_hal_pin_read(4) == 0
    assert hal.mp_hal_pin_write(4, 7) == 0          # any non-zero is high
    assert hal.mp_hal_pin_read(4) == 1
    hal.mp_hal_pin_init(4, OUT, NONE, 0, -1)        # -1 keeps the latch
    assert hal.mp_hal_pin_read(4) == 1
    hal.mp_hal_pin_init(4, ALT, NONE, 0, 0)         # ALT drives like OUT
    assert hal.mp_hal_pin_read(4) == 0


def test_latch_written_on_input_shows_as_output(hal):
    hal.mp_hal_pin_init(5, IN, DOWN, 0, -1)
    hal.mp_hal_pin_write(5, 1)
    assert hal.mp_hal_pin_read(5) == 0
    hal.mp_hal_pin_init(5, OUT, -1, -1, -1)
    assert hal.mp_hal_pin_read(5) == 1


def test_init_minus_one_leaves_settings(hal):
    hal.mp_hal_pin_init(6, OD, UP, 3, 1)
    hal.mp_hal_pin_init(6, -1, -1, -1, -1)
    assert hal.mp_hal_pin_mode(6) == OD
    assert hal.mp_hal_pin_read(6) == 1
    hal.mp_hal_pin_init(6, IN, -1, -1, -1)
    assert hal.mp_hal_pin_read(6) == 1              # pull-up kept


@pytest.mark.parametrize('mode', [OD, ALT_OD])
def test_open_drain(hal, mode):
    hal.mp_hal_pin_init(8, mode, NONE, 0, 0)
    assert hal.mp_hal_pin_read(8) == 0
    hal.mp_hal_sim_pin_drive(8, 1)
    assert hal.mp_hal_pin_read(8) == 0              # driving low wins
    hal.mp_hal_pin_write(8, 1)                      # released
    assert hal.mp_hal_pin_read(8) == 1              # ... the external level
    hal.mp_hal_sim_pin_drive(8, 0)
    assert hal.mp_hal_pin_read(8) == 0              # someone else pulls low
    hal.mp_hal_sim_pin_drive(8, -1)
    assert hal.mp_hal_pin_read(8) == 1              # nobody: reads 1
    hal.mp_hal_pin_init(8, mode, DOWN, 0, -1)
    assert hal.mp_hal_pin_read(8) == 0              # ... or the pull
    hal.mp_hal_pin_init(8, mode, UP, 0, -1)
    assert hal.mp_hal_pin_read(8) == 1


def test_bad_arguments(hal):
    E = -errno.EINVAL
    for pin in (-1, 64, 1000):
        assert hal.mp_hal_pin_init(pin, OUT, NONE, 0, 0) == E
        assert hal.mp_hal_pin_read(pin) == E
        assert hal.mp_hal_pin_write(pin, 1) == E
        assert hal.mp_hal_pin_mode(pin) == E
        assert hal.mp_hal_sim_pin_drive(pin, 1) == E
        assert hal.mp_hal_pin_irq(pin, RISING) == E
        assert hal.mp_hal_sim_schedule_drive(0, pin, 1) == E
    assert hal.mp_hal_pin_init(1, 6, NONE, 0, 0) == E
    assert hal.mp_hal_pin_init(1, -2, NONE, 0, 0) == E
    assert hal.mp_hal_pin_init(1, OUT, 3, 0, 0) == E
    assert hal.mp_hal_pin_init(1, OUT, NONE, 4, 0) == E
    assert hal.mp_hal_pin_init(1, OUT, NONE, 0, -2) == E
    assert hal.mp_hal_sim_pin_drive(1, 2) == E
    assert hal.mp_hal_sim_pin_drive(1, -2) == E
    assert hal.mp_hal_sim_schedule_drive(0, 1, 2) == E
    assert hal.mp_hal_pin_irq(1, 4) == E
    assert hal.mp_hal_pin_mode(1) == IN             # nothing was changed
    assert hal.mp_hal_pin_read(63) == 0


def test_init_resets_everything(hal):
    vhal(hal)
    hal.mp_hal_pin_init(1, OUT, UP, 1, 1)
    hal.mp_hal_sim_pin_drive(2, 1)
    hal.mp_hal_pin_irq(2, FALLING)
    hal.mp_hal_sim_pin_drive(2, 0)
    hal.mp_hal_sim_schedule_drive(10**9, 3, 1)
    assert hal.mp_hal_init() == 0
    assert hal.mp_hal_pin_mode(1) == IN and hal.mp_hal_pin_read(1) == 0
    assert hal.mp_hal_pin_read(2) == 0
    assert hal.mp_hal_pin_irq_pop() == -1
    assert hal.mp_hal_sim_next_event_us() == -1
    assert hal.mp_hal_advance_us(1) == -errno.EINVAL     # real time again
    assert hal.mp_hal_ticks_us() < 10**6


# ____________________________________________________________ edge IRQs

def drain(hal):
    evs = []
    while True:
        ev = hal.mp_hal_pin_irq_pop()
        if ev < 0:
            return evs
        evs.append((ev >> 8, ev & 0xff))


def test_irq_rising_falling_both(hal):
    for pin, trig in ((10, RISING), (11, FALLING), (12, RISING | FALLING)):
        hal.mp_hal_pin_init(pin, IN, NONE, 0, -1)
        assert hal.mp_hal_pin_irq(pin, trig) == 0
    for level in (1, 0, 1):
        for pin in (10, 11, 12):
            hal.mp_hal_sim_pin_drive(pin, level)
    assert drain(hal) == [(10, RISING), (12, RISING),
                          (11, FALLING), (12, FALLING),
                          (10, RISING), (12, RISING)]


def test_irq_only_on_level_changes(hal):
    hal.mp_hal_pin_init(13, OUT, NONE, 0, 0)
    hal.mp_hal_pin_irq(13, RISING | FALLING)
    hal.mp_hal_pin_write(13, 0)                     # no change
    hal.mp_hal_sim_pin_drive(13, 1)                 # output wins: no change
    hal.mp_hal_pin_write(13, 1)
    hal.mp_hal_pin_init(13, IN, UP, 0, -1)          # external still 1
    hal.mp_hal_sim_pin_drive(13, -1)                # pull-up: still 1
    hal.mp_hal_pin_init(13, IN, DOWN, 0, -1)        # the pull now decides
    assert drain(hal) == [(13, RISING), (13, FALLING)]
    hal.mp_hal_pin_irq(13, 0)                       # off
    hal.mp_hal_sim_pin_drive(13, 1)
    assert drain(hal) == []


def test_irq_queue_overflow_keeps_oldest(hal):
    hal.mp_hal_pin_irq(20, RISING | FALLING)
    for i in range(70):
        hal.mp_hal_sim_pin_drive(20, (i + 1) & 1)
    evs = drain(hal)
    assert len(evs) == 64
    assert evs == [(20, RISING if i % 2 == 0 else FALLING) for i in range(64)]
    assert hal.mp_hal_pin_irq_dropped() == 6
    hal.mp_hal_sim_pin_drive(20, 1)                 # room again
    assert drain(hal) == [(20, RISING)]


# ____________________________________________________________ time

def test_real_time_monotonic_and_delay(hal):
    assert hal.mp_hal_advance_us(10) == -errno.EINVAL
    prev = hal.mp_hal_ticks_us()
    assert 0 <= prev < 10**6
    for _ in range(1000):
        t = hal.mp_hal_ticks_us()
        assert t >= prev
        prev = t
    c0 = hal.mp_hal_ticks_cpu()
    t0 = hal.mp_hal_ticks_us()
    hal.mp_hal_delay_us(3000)
    t1 = hal.mp_hal_ticks_us()
    assert 3000 <= t1 - t0 < 500000
    assert hal.mp_hal_ticks_cpu() - c0 >= 3000 * 1000
    hal.mp_hal_delay_us(0)
    hal.mp_hal_delay_us(-5)
    assert hal.mp_hal_ticks_us() >= t1


def test_virtual_time_is_instant_and_exact(hal):
    t0 = vhal(hal)
    assert hal.mp_hal_set_virtual_time(1) == 1      # returns previous state
    wall = time.time()
    hal.mp_hal_delay_us(3600 * 10**6)               # one hour
    assert time.time() - wall < 0.5
    assert hal.mp_hal_ticks_us() == t0 + 3600 * 10**6
    assert hal.mp_hal_ticks_us() == t0 + 3600 * 10**6   # frozen in between
    assert hal.mp_hal_ticks_cpu() == (t0 + 3600 * 10**6) * 1000
    assert hal.mp_hal_advance_us(250) == t0 + 3600 * 10**6 + 250
    assert hal.mp_hal_advance_us(-1) == -errno.EINVAL
    t1 = hal.mp_hal_ticks_us()
    assert hal.mp_hal_set_virtual_time(0) == 1      # real time continues ...
    t2 = hal.mp_hal_ticks_us()
    assert t1 <= t2 < t1 + 10**6                    # ... from there
    hal.mp_hal_delay_us(1000)
    assert hal.mp_hal_ticks_us() >= t2 + 1000


def test_scheduled_drives_virtual(hal):
    t0 = vhal(hal)
    hal.mp_hal_pin_init(30, IN, DOWN, 0, -1)
    hal.mp_hal_pin_irq(30, RISING | FALLING)
    assert hal.mp_hal_sim_schedule_drive(t0 + 300, 30, 0) == 0
    assert hal.mp_hal_sim_schedule_drive(t0 + 100, 30, 1) == 0
    assert hal.mp_hal_sim_schedule_drive(t0 + 500, 30, -1) == 0
    assert hal.mp_hal_sim_next_event_us() == t0 + 100
    hal.mp_hal_advance_us(99)
    assert hal.mp_hal_pin_read(30) == 0
    hal.mp_hal_advance_us(1)
    assert hal.mp_hal_pin_read(30) == 1
    assert hal.mp_hal_sim_next_event_us() == t0 + 300
    hal.mp_hal_delay_us(1000)                       # passes both others
    assert hal.mp_hal_ticks_us() == t0 + 1100
    assert hal.mp_hal_sim_next_event_us() == -1
    assert drain(hal) == [(30, RISING), (30, FALLING)]   # -1: pull-down, no edge
    hal.mp_hal_pin_init(30, IN, UP, 0, -1)
    assert drain(hal) == [(30, RISING)]


def test_scheduled_same_time_in_order_and_past(hal):
    t0 = vhal(hal)
    hal.mp_hal_pin_irq(31, RISING | FALLING)
    for level in (1, 0, 1):
        hal.mp_hal_sim_schedule_drive(t0 + 50, 31, level)
    hal.mp_hal_advance_us(50)
    assert drain(hal) == [(31, RISING), (31, FALLING), (31, RISING)]
    hal.mp_hal_sim_schedule_drive(0, 31, 0)         # in the past: happens now
    assert hal.mp_hal_sim_next_event_us() == t0 + 50
    assert hal.mp_hal_pin_read(31) == 0
    assert hal.mp_hal_pin_irq_pop() == (31 << 8 | FALLING)


def test_irq_pop_applies_due_inputs(hal):
    t0 = vhal(hal)
    hal.mp_hal_pin_irq(32, RISING)
    hal.mp_hal_sim_schedule_drive(t0, 32, 1)
    assert hal.mp_hal_pin_irq_pop() == (32 << 8 | RISING)


def test_schedule_full(hal):
    for i in range(1024):
        assert hal.mp_hal_sim_schedule_drive(10**12 + i, 1, i & 1) == 0
    assert hal.mp_hal_sim_schedule_drive(10**12, 1, 1) == -errno.ENOSPC


def test_scheduled_drive_real_time(hal):
    hal.mp_hal_pin_init(33, IN, NONE, 0, -1)
    at = hal.mp_hal_ticks_us() + 2000
    hal.mp_hal_sim_schedule_drive(at, 33, 1)
    assert hal.mp_hal_pin_read(33) == 0
    hal.mp_hal_delay_us(3000)
    assert hal.mp_hal_pin_read(33) == 1
    assert hal.mp_hal_sim_next_event_us() == -1


# ____________________________________________________________ traces

def parse_vcd(text):
    """A small VCD reader: (timescale, {id: name}, [(time, name, value)],
    last time)."""
    toks = text.split()
    i, timescale, ids, changes, now = 0, None, {}, [], None
    in_header = True
    while i < len(toks):
        tok = toks[i]
        if tok.startswith('$'):
            end = toks.index('$end', i)
            body = toks[i + 1:end]
            if tok == '$timescale':
                timescale = ''.join(body)
            elif tok == '$var':
                kind, width, ident, name = body[:4]
                assert kind == 'wire' and width == '1'
                assert ident.isalnum() and ident not in ids   # no '#'/'$' ids
                ids[ident] = name
            elif tok == '$enddefinitions':
                in_header = False
            i = end + 1
            continue
        assert not in_header, tok
        if tok.startswith('#'):
            t = int(tok[1:])
            assert now is None or t > now, 'times must increase'
            now = t
        else:
            assert tok[0] in '01xz' and tok[1:] in ids, tok
            changes.append((now, ids[tok[1:]], tok[0]))
        i += 1
    return timescale, ids, changes, now


def test_vcd_blink_exact_times(hal, tmp_path):
    t0 = vhal(hal)
    path = str(tmp_path / 'blink.vcd')
    assert hal.mp_hal_trace_open(path.encode(), 0) == 0
    hal.mp_hal_sim_schedule_drive(t0 + 750000, 7, 1)   # an input, scripted
    hal.mp_hal_pin_init(2, OUT, NONE, 0, 1)
    for i in range(6):
        hal.mp_hal_delay_us(500000)
        hal.mp_hal_pin_write(2, i & 1)
    hal.mp_hal_trace_note(b'ignored in VCD')
    assert hal.mp_hal_trace_close() == 0
    text = open(path).read()
    assert 'ignored' not in text
    timescale, ids, changes, end = parse_vcd(text)
    assert timescale == '1us'
    assert sorted(ids.values()) == ['pin2', 'pin7']
    blink = [(t0 + k * 500000, 'pin2', str((k + 1) & 1)) for k in range(7)]
    assert changes == blink[:2] + [(t0 + 750000, 'pin7', '1')] + blink[2:]
    assert end == t0 + 3000000


def test_vcd_starting_levels_and_end_time(hal, tmp_path):
    t0 = vhal(hal)
    hal.mp_hal_pin_init(0, OUT, NONE, 0, 1)
    hal.mp_hal_sim_pin_drive(63, 0)
    hal.mp_hal_pin_init(9, IN, UP, 0, -1)
    hal.mp_hal_advance_us(10)
    path = str(tmp_path / 'start.vcd')
    assert hal.mp_hal_trace_open(path.encode(), 0) == 0
    hal.mp_hal_advance_us(20)
    hal.mp_hal_sim_pin_drive(9, 0)
    hal.mp_hal_advance_us(5)
    hal.mp_hal_pin_write(4, 1)          # never initialised: no wire, no change
    assert hal.mp_hal_trace_close() == 0
    assert hal.mp_hal_trace_close() == 0            # nothing open: fine
    timescale, ids, changes, end = parse_vcd(open(path).read())
    assert sorted(ids.values()) == ['pin0', 'pin63', 'pin9']
    assert changes == [(t0 + 10, 'pin0', '1'), (t0 + 10, 'pin9', '1'),
                       (t0 + 10, 'pin63', '0'), (t0 + 30, 'pin9', '0')]
    assert end == t0 + 35


def test_text_log(hal, tmp_path):
    t0 = vhal(hal)
    hal.mp_hal_pin_init(5, IN, UP, 0, -1)
    path = str(tmp_path / 'log.txt')
    assert hal.mp_hal_trace_open(path.encode(), 1) == 0
    hal.mp_hal_pin_init(2, OUT, NONE, 0, 0)
    hal.mp_hal_advance_us(100)
    hal.mp_hal_pin_write(2, 1)
    hal.mp_hal_pin_write(2, 1)                      # unchanged: no line
    hal.mp_hal_trace_note(b'button\npressed')
    hal.mp_hal_sim_schedule_drive(t0 + 150, 5, 0)
    hal.mp_hal_delay_us(400)
    hal.mp_hal_sim_pin_drive(5, -1)
    assert hal.mp_hal_trace_close() == 0
    hal.mp_hal_pin_write(2, 0)                      # after close: not logged
    assert hal.mp_hal_trace_note(b'nothing open') == 0
    assert open(path).read().splitlines() == [
        '%d pin5 1' % t0,
        '%d pin2 0' % t0,
        '%d pin2 1' % (t0 + 100),
        '%d # button pressed' % (t0 + 100),
        '%d pin5 0' % (t0 + 150),
        '%d pin5 1' % (t0 + 500),
    ]


def test_trace_reopen_and_errors(hal, tmp_path):
    assert hal.mp_hal_trace_open(str(tmp_path / 'x').encode(), 2) == -errno.EINVAL
    assert hal.mp_hal_trace_open(str(tmp_path / 'no' / 'x').encode(), 1) == -errno.ENOENT
    a, b = str(tmp_path / 'a.txt'), str(tmp_path / 'b.vcd')
    t0 = vhal(hal)
    assert hal.mp_hal_trace_open(a.encode(), 1) == 0
    hal.mp_hal_pin_init(1, OUT, NONE, 0, 1)
    assert hal.mp_hal_trace_open(b.encode(), 0) == 0    # closes a.txt first
    hal.mp_hal_advance_us(7)
    hal.mp_hal_pin_write(1, 0)
    hal.mp_hal_deinit()                                  # closes b.vcd
    assert open(a).read() == '%d pin1 1\n' % t0
    _, ids, changes, _ = parse_vcd(open(b).read())
    assert changes == [(t0, 'pin1', '1'), (t0 + 7, 'pin1', '0')]
    assert hal.mp_hal_init() == 0                        # closes any open trace
    assert hal.mp_hal_trace_open(a.encode(), 0) == 0
    hal.mp_hal_pin_init(3, OUT, NONE, 0, 1)
    assert hal.mp_hal_init() == 0
    assert '$var wire 1' in open(a).read()
