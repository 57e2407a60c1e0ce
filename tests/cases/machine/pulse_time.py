# machine.time_pulse_us on scripted inputs, and PWM read back as a waveform
import simboard, machine, time
from machine import Pin, PWM

p = Pin(7, Pin.IN)
simboard.drive(7, 0)
print(machine.time_pulse_us(p, 1, 200))     # no pulse starts: -2
simboard.drive(7, 1)
print(machine.time_pulse_us(p, 1, 200))     # it never ends: -1
print(machine.time_pulse_us(p, 0, 0))       # not low now, no time: -2
now = simboard.now_us()
simboard.at(now + 300000, 7, 0)       # far enough for a slow interpreter
simboard.at(now + 500000, 7, 1)
us = machine.time_pulse_us(p, 0, 400000)
print(us)                       # the edges' own times: exact
print(machine.time_pulse_us(p, 0, 1000))    # high and nothing scheduled: -2
print(machine.time_pulse_us(7, True, 1000))   # a pin id; already high, never ends
try:
    machine.time_pulse_us(p)
except TypeError:
    print('TypeError')
