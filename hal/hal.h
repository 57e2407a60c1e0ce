/* micropy board HAL: everything `machine` (and `time`) does to hardware goes
   through these functions.  Each port links exactly one implementation
   (hal/host/hal_host.c is the host port's simulated board).

   Conventions:
   - only int / long long / pointers to byte buffers cross the boundary (the
     interpreter calls these through rffi; no structs);
   - errors are negative errno values (-EINVAL, -ENODEV, -ETIMEDOUT, -EIO,
     -ENOSYS for "not on this board"); >= 0 is success or a result;
   - single-threaded: the interpreter holds its global lock around calls.
   See hal/README.md. */
#ifndef MICROPY_HAL_H
#define MICROPY_HAL_H

/* ---- lifecycle */
int mp_hal_init(void);                  /* reset all (simulated) state */
void mp_hal_deinit(void);               /* flush and close trace files */

/* ---- time (monotonic, microseconds since mp_hal_init) */
long long mp_hal_ticks_us(void);
long long mp_hal_ticks_cpu(void);       /* finer-grained counter (host: ns) */
void mp_hal_delay_us(long long us);     /* virtual time: instant, runs the
                                           simulation up to the new time */
int mp_hal_set_virtual_time(int on);    /* returns the previous setting */
long long mp_hal_advance_us(long long us);  /* virtual time only: new time */

/* ---- GPIO: pins 0 .. mp_hal_pin_count()-1 */
#define MP_HAL_PIN_IN             0
#define MP_HAL_PIN_OUT            1
#define MP_HAL_PIN_OPEN_DRAIN     2
#define MP_HAL_PIN_ALT            3
#define MP_HAL_PIN_ALT_OPEN_DRAIN 4
#define MP_HAL_PIN_ANALOG         5
#define MP_HAL_PULL_NONE          0
#define MP_HAL_PULL_UP            1
#define MP_HAL_PULL_DOWN          2
#define MP_HAL_IRQ_FALLING        1
#define MP_HAL_IRQ_RISING         2

int mp_hal_pin_count(void);
/* mode/pull/drive/value: -1 = leave as it is (value: the output latch) */
int mp_hal_pin_init(int pin, int mode, int pull, int drive, int value);
int mp_hal_pin_read(int pin);           /* 0/1: the level seen on the pin */
int mp_hal_pin_write(int pin, int value);   /* sets the output latch */
int mp_hal_pin_mode(int pin);
/* edge interrupts: trigger = MP_HAL_IRQ_* bitmask, 0 = off */
int mp_hal_pin_irq(int pin, int trigger);
int mp_hal_pin_irq_pop(void);           /* (pin << 8 | edge bit), -1 if none */
int mp_hal_pin_irq_dropped(void);       /* events lost to a full queue */

/* ---- the simulated world (host board; other ports return -ENOSYS) */
int mp_hal_sim_pin_drive(int pin, int level);   /* 0/1, -1 = release */
int mp_hal_sim_schedule_drive(long long at_us, int pin, int level);
long long mp_hal_sim_next_event_us(void);       /* -1 if none scheduled */
/* simulated parts (see hal/README.md for what each one does):
   kind                      bus           addr          arg
   SHT3X        I2C sensor   I2C bus 0..3  0x44/0x45     -
   EEPROM24     I2C EEPROM   I2C bus 0..3  0x50..0x57    size (<= 0: 4096)
   SPI_FLASH    25-series    SPI bus 0..3  CS pin        size (<= 0: 4 MiB)
   UART_LOOPBACK             UART 0..3     -             -
   ADC_SOURCE   a voltage    ADC ch 0..15  -             microvolts
   0, or -EINVAL, -EBUSY (address/CS pin/channel taken), -ENOSPC, -ENOMEM */
#define MP_HAL_SIM_SHT3X          1
#define MP_HAL_SIM_EEPROM24       2
#define MP_HAL_SIM_SPI_FLASH      3
#define MP_HAL_SIM_UART_LOOPBACK  4
#define MP_HAL_SIM_ADC_SOURCE     5
/* (continued)               bus           addr          arg
   WS2812       RGB LEDs     data pin      -             LED count
   HCSR04       ultrasonic   trigger pin   echo pin      distance, mm
   I2S_TONE     a sine wave  I2S 0..1      -             frequency, Hz
   UART_PTY     a host pty   UART 0..3     -             - */
#define MP_HAL_SIM_WS2812         6
#define MP_HAL_SIM_HCSR04         7
#define MP_HAL_SIM_I2S_TONE       8
#define MP_HAL_SIM_UART_PTY       9
int mp_hal_sim_attach(int kind, int bus, int addr, long long arg);
/* a part's reading: SHT3X param 0 = milli-degC, 1 = milli-%RH;
   ADC_SOURCE param 0 = microvolts.  -ENODEV: no such part attached */
int mp_hal_sim_set(int kind, int bus, int addr, int param, long long value);
/* the same at time at_us (queued with the scheduled drives) */
int mp_hal_sim_schedule_set(long long at_us, int kind, int bus, int addr,
                            int param, long long value);
/* what a part saw (>= 0), -ENODEV / -EINVAL:
   WS2812 param i = LED i's last 3 bytes as received (b0 << 16 | b1 << 8 | b2)
   I2S_TONE param 0 = frequency; I2S (kind I2S_TONE, any id, param 1) =
   bytes the controller id has sent */
long long mp_hal_sim_get(int kind, int bus, int addr, int param);
/* UART_PTY: the pty's name (e.g. /dev/pts/3) into buf, NUL-terminated;
   returns its length */
int mp_hal_sim_pty_name(int uart, char *buf, int len);

/* ---- trace of pin levels: format 0 = VCD, 1 = text log (which also
   gets a line per bus transfer, PWM/DAC change and note) */
int mp_hal_trace_open(const char *path, int format);
int mp_hal_trace_close(void);
int mp_hal_trace_note(const char *text);        /* text log only */

/* ---- ADC: channels 0..15, full scale 3.3 V */
int mp_hal_adc_read_u16(int ch);        /* 0..65535 */
long long mp_hal_adc_read_uv(int ch);   /* microvolts, 0..3300000 */
/* ---- DAC: channels 0..15, value 0..255 */
int mp_hal_dac_write(int ch, int value);

/* ---- PWM: any pin; freq 1..40000000 Hz, duty_u16 0..65535 */
int mp_hal_pwm_init(int pin, long long freq, int duty_u16);
int mp_hal_pwm_deinit(int pin);
#define MP_HAL_PWM_FREQ  0
#define MP_HAL_PWM_DUTY  1
long long mp_hal_pwm_get(int pin, int what);   /* -EINVAL: PWM not on */

/* ---- I2C: buses 0..3; scl/sda: pins, -1 = the board's default */
int mp_hal_i2c_init(int bus, int scl, int sda, long long freq);
/* write w[0..wlen) then (rlen > 0) read r[0..rlen) from the 7-bit address;
   wlen = rlen = 0 probes.  flags bit0: no STOP after the write part.
   Returns wlen + rlen; -ENODEV: no ACK on the address; -EIO: the part
   NACKed a byte; -EINVAL: bad argument or bus not initialised */
int mp_hal_i2c_transfer(int bus, int addr, const unsigned char *w, int wlen,
                        unsigned char *r, int rlen, int flags);

/* ---- SPI: buses 0..3; bits 8 only; firstbit 0 = MSB, 1 = LSB */
int mp_hal_spi_init(int bus, long long baud, int polarity, int phase,
                    int bits, int firstbit);
/* full duplex, len bytes: tx NULL sends 0x00s, rx NULL discards; the
   parts whose CS pin is low take part.  Returns len */
int mp_hal_spi_transfer(int bus, const unsigned char *tx, unsigned char *rx,
                        int len);

/* ---- UART: ids 0..3; bits 7/8, parity -1 none / 0 even / 1 odd,
   stop 1/2, tx/rx pins (-1 = the board's default) */
int mp_hal_uart_init(int id, long long baud, int bits, int parity, int stop,
                     int tx, int rx);
int mp_hal_uart_write(int id, const unsigned char *buf, int len);  /* len */
int mp_hal_uart_read(int id, unsigned char *buf, int len); /* never blocks */
int mp_hal_uart_any(int id);            /* bytes waiting */
int mp_hal_uart_flush(int id);

/* ---- RTC fields: 0 year, 1 month, 2 day, 3 weekday (0 = Monday), 4 hour,
   5 min, 6 s, 7 us.  Fields read in increasing order come from one
   snapshot (reading a field <= the previous one takes a new snapshot) */
long long mp_hal_rtc_get_field(int i);
/* wd is ignored (computed from the date) */
int mp_hal_rtc_set(int y, int mo, int d, int wd, int h, int mi, int s, int us);

/* ---- hardware timers 0..3 on the board clock: fire period_us after the
   start, then (periodic) every period_us; a timer that falls behind skips
   the periods it missed.  The interpreter polls pop() between bytecodes */
int mp_hal_timer_start(int id, long long period_us, int periodic);
int mp_hal_timer_stop(int id);
int mp_hal_timer_pop(void);             /* a timer that fired, -1 if none */
long long mp_hal_timer_next_us(void);   /* when the next fires, -1 if none */

/* ---- watchdog: expired() = 1 once more than ms passed since start/feed */
int mp_hal_wdt_start(int ms);
int mp_hal_wdt_feed(void);
int mp_hal_wdt_expired(void);

int mp_hal_unique_id(unsigned char *buf, int len);  /* bytes written */

/* ---- waiting for a level: returns ticks_us when pin reads `level` (at
   once if it already does), -ETIMEDOUT after timeout_us.  Virtual time
   jumps to the next input change (scheduled drive, PWM edge) */
long long mp_hal_pin_wait(int pin, int level, long long timeout_us);

/* ---- pulse counters and quadrature encoders: units 0..7 (one pool).
   counter: counts the edges in `edges` (MP_HAL_IRQ_* mask) on pin src, up
   (direction 1) or down (-1); dir_pin >= 0: counts down while that pin is
   high, up while low (direction ignored).  encoder: pins a and b in
   quadrature, phases 1, 2 or 4 counts per cycle, up when a leads b.
   filter_ns > 0: an edge counts only if the level before it held that long.
   Edges of a PWM running on the pin count too.  A unit starts at 0. */
int mp_hal_counter_init(int unit, int src, int edges, int direction,
                        int dir_pin, long long filter_ns);
int mp_hal_encoder_init(int unit, int pin_a, int pin_b, int phases,
                        long long filter_ns);
int mp_hal_counter_deinit(int unit);
/* the count (signed: callers check the unit themselves, as a negative
   count and an error look alike); 0 for a unit not running */
long long mp_hal_counter_value(int unit);
int mp_hal_counter_set(int unit, long long value);

/* ---- bitstream: len bytes MSB first on pin (an output), each bit high
   then low for (t0h, t0l) ns if 0, (t1h, t1l) ns if 1.  Takes that long on
   the board clock.  Returns len */
int mp_hal_bitstream(int pin, int t0h, int t0l, int t1h, int t1l,
                     const unsigned char *buf, int len);

/* ---- I2S controllers 0..1: mode 0 = TX, 1 = RX; bits 16 or 32 per
   sample; channels 1 (mono) or 2 (stereo); rate 1000..192000 Hz.  Samples
   are little-endian, L then R.  Transfers move whole frames and take their
   play time on the board clock; return the bytes moved */
int mp_hal_i2s_init(int id, int mode, int bits, int channels, long long rate,
                    int sck, int ws, int sd);
int mp_hal_i2s_deinit(int id);
int mp_hal_i2s_write(int id, const unsigned char *buf, int len);
int mp_hal_i2s_read(int id, unsigned char *buf, int len);

/* ---- CAN controllers 0..1, on one simulated bus.  A frame is sent when
   another node in NORMAL mode acknowledges it (or in the loopback modes);
   unacknowledged frames stay queued and raise TEC up to error passive. */
#define MP_HAL_CAN_NORMAL           0
#define MP_HAL_CAN_SLEEP            1
#define MP_HAL_CAN_LOOPBACK         2
#define MP_HAL_CAN_SILENT           3
#define MP_HAL_CAN_SILENT_LOOPBACK  4
#define MP_HAL_CAN_FLAG_RTR         1
#define MP_HAL_CAN_FLAG_EXT_ID      2
#define MP_HAL_CAN_FLAG_UNORDERED   4
#define MP_HAL_CAN_STATE_STOPPED    0
#define MP_HAL_CAN_STATE_ACTIVE     1
#define MP_HAL_CAN_STATE_WARNING    2
#define MP_HAL_CAN_STATE_PASSIVE    3
#define MP_HAL_CAN_STATE_BUS_OFF    4
#define MP_HAL_CAN_TX_QUEUE         3
#define MP_HAL_CAN_RX_QUEUE         16
#define MP_HAL_CAN_FILTERS          16
#define MP_HAL_CAN_IRQ_RX           1
#define MP_HAL_CAN_IRQ_TX           2
#define MP_HAL_CAN_IRQ_STATE        4
#define MP_HAL_CAN_IRQ_TX_FAILED    8
#define MP_HAL_CAN_IRQ_TX_IDX_SHIFT 8
#define MP_HAL_CAN_IRQ_TX_IDX_MASK  3
#define MP_HAL_CAN_RECV_ERR_FULL    1
#define MP_HAL_CAN_RECV_ERR_OVERRUN 2
int mp_hal_can_init(int id, long long bitrate, int mode);
int mp_hal_can_deinit(int id);
/* n = -1: accept every frame; 0: none; else filters 0..n-1 as set */
int mp_hal_can_set_filter(int id, int index, long long ident, long long mask,
                          int flags);
int mp_hal_can_filters(int id, int n);
/* the tx buffer index 0..TX_QUEUE-1; -EAGAIN: queue full (or an equal id
   queued without UNORDERED); -EIO: bus off or not initialised */
int mp_hal_can_send(int id, long long ident, const unsigned char *data,
                    int len, int flags);
/* frame: 16 bytes: [0..3] ident (little-endian), [4] flags, [5] receive
   errors, [6] length, [8..15] data.  Returns 1, or 0 if none waiting */
int mp_hal_can_recv(int id, unsigned char *frame);
int mp_hal_can_cancel(int id, int index);   /* 1 cancelled, 0 not pending */
int mp_hal_can_state(int id);
/* which: 0 TEC, 1 REC, 2 to warning, 3 to passive, 4 to bus off, 5 tx
   pending, 6 rx pending, 7 rx overruns */
long long mp_hal_can_counter(int id, int which);
int mp_hal_can_restart(int id);
/* the next pending event's MP_HAL_CAN_IRQ_* flags (TX: with the buffer
   index), 0 if none */
int mp_hal_can_irq_pop(int id);
/* the simulated bus: make the next n frames sent on it fail with a bit
   error (raising TEC), to try error states */
int mp_hal_sim_can_errors(int n);

/* ---- reset causes (MicroPython's machine.*_RESET numbers) */
#define MP_HAL_PWRON_RESET      1
#define MP_HAL_HARD_RESET       2
#define MP_HAL_WDT_RESET        3
#define MP_HAL_DEEPSLEEP_RESET  4
#define MP_HAL_SOFT_RESET       5
int mp_hal_reset_cause(void);   /* why the board last (re)started */
/* records kind (MP_HAL_*_RESET) as the cause the next mp_hal_init reports;
   on the host it then just returns and the interpreter exits/restarts */
void mp_hal_reset(int kind);

#endif
