# UART.irq: handlers run between bytecodes for new bytes (IRQ_RX), for the
# line going quiet after them (IRQ_RXIDLE) and after a write (IRQ_TXIDLE).
import time, simboard
from machine import UART

simboard.attach('uart_loopback', 1, 0)
u = UART(1, 115200)
events = []


def on_uart(uart):
    f = irq.flags()
    data = uart.read() if f & UART.IRQ_RX else None
    events.append((uart is u, f, data))


irq = u.irq(on_uart, UART.IRQ_RX | UART.IRQ_RXIDLE)
print(type(irq).__name__, irq is u.irq(), irq.trigger() == UART.IRQ_RX | UART.IRQ_RXIDLE)
u.write(b'ping')
for i in range(3):
    time.sleep_ms(1)
print(events)

events.clear()
irq.trigger(UART.IRQ_TXIDLE)
u.write(b'x')
time.sleep_ms(1)
time.sleep_ms(1)
print(events)
print(u.read())

# handler None: no more calls
events.clear()
u.irq(None)
u.write(b'quiet')
time.sleep_ms(2)
print(events, u.read())
print(UART.IRQ_RX != UART.IRQ_RXIDLE != UART.IRQ_TXIDLE)
