"""Work done between bytecodes: Ctrl-C (SIGINT) as KeyboardInterrupt,
callbacks queued by micropython.schedule, and (with threads) handing the
interpreter lock to other threads.

The VM decrements `ticker` on every backward jump; when it goes negative,
`fire` does the pending work.  A trace pays one decrement and one guard
per loop iteration, and the rare work stays out of it."""
from rpython.rlib import jit, rsignal
from rpython.rlib.objectmodel import we_are_translated
from interp.error import OperationError, oefmt

TICK_INTERVAL = 1000        # backward jumps between checks
SCHEDULE_DEPTH = 8          # MicroPython's MICROPY_SCHEDULER_DEPTH
SIGINT = 2


class ActionFlag(object):
    def __init__(self):
        self.ticker = TICK_INTERVAL
        self.scheduled_w = []       # [w_func, w_arg, w_func, w_arg, ...]
        self.in_scheduled = False   # callbacks do not nest, as in MicroPython
        self.sigint_installed = False
        self.interrupt_char = 3     # micropython.kbd_intr: -1 turns Ctrl-C off
        self.thread_switch = None   # set by the _thread module once a thread starts

    def tick(self, space):
        self.ticker -= 1
        if self.ticker < 0:
            self.fire(space)

    def request(self):
        """Make the next tick fire."""
        self.ticker = -1

    @jit.dont_look_inside
    def fire(self, space):
        self.ticker = TICK_INTERVAL
        self.check_signals(space)
        console = space.console
        if console.board and console.executing and (
                self.thread_switch is None or self.thread_switch.is_main_thread()):
            console.poll_interrupt(space)     # a Ctrl-C byte on a board's line
        if self.scheduled_w and not self.in_scheduled:
            self.run_scheduled(space)
        from interp import hal
        if not self.in_scheduled:
            if hal.state.irq_pins > 0:
                self.run_pin_irqs(space)
            from interp.modules import machine_clock
            if machine_clock.timers.active:
                self.run_hardware(space, machine_clock.run_timers)
            from interp.modules import machine_irq
            if machine_irq.sources.active:
                self.run_hardware(space, machine_irq.run_sources)
        if hal.state.wdt_running:
            from interp.modules import machine_clock
            machine_clock.check_watchdog(space)
        if self.thread_switch is not None:
            self.thread_switch.yield_thread(space)

    def install_sigint(self):
        if not we_are_translated():
            return          # untranslated runs keep Python's own handler
        rsignal.pypysig_setflag(SIGINT)
        self.sigint_installed = True

    def check_signals(self, space):
        if not self.sigint_installed:
            return
        if self.thread_switch is not None and not self.thread_switch.is_main_thread():
            return      # signals go to the main thread, as in CPython
        while True:
            n = rsignal.pypysig_poll()
            if n < 0:
                break
            if n == SIGINT and self.interrupt_char == 3:
                raise OperationError(space.w_KeyboardInterrupt, None)

    def schedule(self, space, w_func, w_arg):
        if len(self.scheduled_w) >= 2 * SCHEDULE_DEPTH:
            raise oefmt(space.w_RuntimeError, "schedule queue full")
        self.scheduled_w.append(w_func)
        self.scheduled_w.append(w_arg)
        self.request()

    def run_pin_irqs(self, space):
        """machine.Pin.irq handlers, for the edges the HAL has seen."""
        from interp.modules import machine_mod
        self.run_hardware(space, machine_mod.run_pin_irqs)

    def run_hardware(self, space, func):
        """Interrupt handlers (pins, timers) do not nest, as callbacks don't."""
        self.in_scheduled = True
        try:
            func(space)
        finally:
            self.in_scheduled = False

    def run_scheduled(self, space):
        self.in_scheduled = True
        try:
            while self.scheduled_w:
                w_func = self.scheduled_w.pop(0)
                w_arg = self.scheduled_w.pop(0)
                space.call_function(w_func, [w_arg])
        finally:
            self.in_scheduled = False
