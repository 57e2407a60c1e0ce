/* Internal interface between the host board's core (hal_host.c: pins,
   clock, event queue, traces) and its peripherals (sim_bus.c: I2C, SPI and
   the parts on them; sim_periph.c: ADC, DAC, PWM, UART, RTC, WDT, ids,
   reset cause).

   The whole board is ONE translation unit: hal_host.c includes this header
   near its top and the two sim_*.c files at its end (ports list only
   hal_host.c in HAL_SOURCES).  So everything here is `static`, and the
   sim_*.c files can't be compiled on their own. */
#ifndef MICROPY_HAL_HOST_SIM_H
#define MICROPY_HAL_HOST_SIM_H

#include <stdarg.h>
#include <stdlib.h>

/* ---- provided by hal_host.c */
/* the current time; applies the scheduled events due by then, like the
   public clock reads */
static long long sim_now_us(void);
/* "<time_us> <line>" to a text trace (nothing when none is open, or VCD) */
static void sim_trace_text(const char *line);
/* the level a pin shows now (after sim_now_us()) */
static int sim_pin_level(int pin);

/* ---- provided by sim_bus.c */
static void sim_bus_reset(void);                    /* from mp_hal_init */
static void sim_bus_pin_changed(int pin, int level);    /* SPI chip selects */
static int sim_bus_attach(int kind, int bus, int addr, long long arg);
static int sim_bus_set(int kind, int bus, int addr, int param,
                       long long value, int apply);

/* ---- provided by sim_periph.c */
static void sim_periph_reset(void);                 /* from mp_hal_init */
/* mp_hal_sim_set's work: check the arguments and (apply != 0) make the
   change; used at once and for scheduled changes */
static int sim_set(int kind, int bus, int addr, int param, long long value,
                   int apply);

/* ---- provided by sim_pulse.c: PWM waveforms, pulse counters/encoders,
   bitstream, the WS2812 and HC-SR04 parts, mp_hal_pin_wait */
static void sim_pulse_reset(void);                  /* from mp_hal_init */
/* every change of a pin's level, at time t (from update()) */
static void sim_pulse_pin_changed(int pin, int level, long long t);
static int sim_pulse_attach(int kind, int bus, int addr, long long arg);
static int sim_pulse_set(int kind, int bus, int addr, int param,
                         long long value, int apply);
static long long sim_pulse_get(int kind, int bus, int addr, int param);

/* ---- provided by sim_comm.c: I2S (and the I2S_TONE part), CAN, the
   UART_PTY part */
static void sim_comm_reset(void);                   /* from mp_hal_init */
static int sim_comm_attach(int kind, int bus, int addr, long long arg);
static int sim_comm_set(int kind, int bus, int addr, int param,
                        long long value, int apply);
static long long sim_comm_get(int kind, int bus, int addr, int param);

/* ---- a line for the text trace, built piece by piece */
#define SIM_LINE 256
#define SIM_HEX_MAX 32      /* bytes shown per transfer, then "...(+N)" */

struct sim_line { char s[SIM_LINE]; size_t n; };

static void sim_line_add(struct sim_line *l, const char *fmt, ...)
{
    va_list ap;
    int k;
    if (l->n >= SIM_LINE - 1)
        return;
    va_start(ap, fmt);
    k = vsnprintf(l->s + l->n, SIM_LINE - l->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        l->n += (size_t)k < SIM_LINE - l->n ? (size_t)k : SIM_LINE - 1 - l->n;
}

static void sim_line_hex(struct sim_line *l, const unsigned char *p, int n)
{
    int i;
    for (i = 0; i < n && i < SIM_HEX_MAX; i++)
        sim_line_add(l, " %02x", p[i]);
    if (n > SIM_HEX_MAX)
        sim_line_add(l, " ...(+%d)", n - SIM_HEX_MAX);
}

#endif
