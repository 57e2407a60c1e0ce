# MicroPython's ticks API: wrap-around arithmetic and real elapsed time
import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
c0 = time.ticks_cpu()
time.sleep_ms(30)
dt = time.ticks_diff(time.ticks_ms(), t0)
print(25 <= dt < 1000, time.ticks_diff(time.ticks_us(), u0) >= 25000, time.ticks_diff(time.ticks_cpu(), c0) > 0)
time.sleep(0.01)
time.sleep_us(50)
time.sleep(0)
time.sleep_ms(-5)
MAX = time.ticks_add(0, -1)
print(MAX > 0, time.ticks_add(MAX, 1), time.ticks_diff(0, MAX), time.ticks_diff(MAX, 0))
print(time.ticks_diff(5, 10), time.ticks_diff(10, 5), time.ticks_add(10, -20) == MAX - 9)
print(time.ticks_diff(time.ticks_add(t0, 100), t0), time.ticks_diff(time.ticks_add(t0, -100), t0))
deadline = time.ticks_add(time.ticks_ms(), 20)
n = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    n += 1
print(n > 0)
try:
    time.ticks_add(-1, 1)
except OverflowError:
    print('OverflowError')
import utime
print(utime.ticks_ms is time.ticks_ms)
