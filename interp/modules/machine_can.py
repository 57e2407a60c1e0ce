"""machine.CAN (MicroPython's machine.CAN API) on the HAL's CAN controllers."""
from interp import hal
from interp.error import oefmt
from interp.objects.root import TypeDef
from interp.objects.listobject import W_List
from interp.objects.intobject import W_Int
from interp.objects.memoryviewobject import W_MemoryView
from interp.objects.bytearrayobject import W_ByteArray
from interp.modules.machine_mod import hal_check, peripheral_id
from interp.modules.machine_bus import buffer_bytes
from interp.modules.machine_irq import W_IrqSource, set_polling

EAGAIN = 11

# ____________________________________________________________
# CAN

NUM_CAN = 2
CAN_CLOCK = 80000000        # the simulated controller's clock, Hz
TX_QUEUE_LEN = 3
FILTERS_MAX = 16
FLAG_RTR = 1
FLAG_EXT_ID = 2
FLAG_UNORDERED = 4
IRQ_RX = 1
IRQ_TX = 2
IRQ_STATE = 4
IRQ_TX_FAILED = 8
IRQ_TX_IDX_SHIFT = 8
IRQ_TX_IDX_MASK = 3
STATE_BUS_OFF = 4

CAN_CONSTANTS = [
    ('MODE_NORMAL', 0), ('MODE_SLEEP', 1), ('MODE_LOOPBACK', 2), ('MODE_SILENT', 3),
    ('MODE_SILENT_LOOPBACK', 4),
    ('STATE_STOPPED', 0), ('STATE_ACTIVE', 1), ('STATE_WARNING', 2), ('STATE_PASSIVE', 3),
    ('STATE_BUS_OFF', STATE_BUS_OFF),
    ('FLAG_RTR', FLAG_RTR), ('FLAG_EXT_ID', FLAG_EXT_ID), ('FLAG_UNORDERED', FLAG_UNORDERED),
    ('RECV_ERR_FULL', 1), ('RECV_ERR_OVERRUN', 2),
    ('IRQ_RX', IRQ_RX), ('IRQ_TX', IRQ_TX), ('IRQ_STATE', IRQ_STATE),
    ('IRQ_TX_FAILED', IRQ_TX_FAILED), ('IRQ_TX_IDX_SHIFT', IRQ_TX_IDX_SHIFT),
    ('IRQ_TX_IDX_MASK', IRQ_TX_IDX_MASK),
    ('TX_QUEUE_LEN', TX_QUEUE_LEN), ('FILTERS_MAX', FILTERS_MAX)]


class W_CAN(W_IrqSource):
    _attrs_ = ['cid', 'bitrate', 'mode', 'sjw', 'tseg1', 'tseg2', 'brp', 'on',
               'w_handler', 'trigger', 'pending']

    def __init__(self, cid):
        self.cid = cid
        self.bitrate = 0
        self.mode = 0
        self.sjw = 1
        self.tseg1 = 0
        self.tseg2 = 0
        self.brp = 1
        self.on = False
        self.w_handler = None
        self.trigger = 0
        self.pending = []

    def getclass(self, space):
        return space.builtin_types['CAN']

    def irq_handler(self):
        return self.w_handler

    def irq_flags(self):
        """The next event (CAN handlers call flags() until it is 0)."""
        self.pull_events()
        if not self.pending:
            return 0
        return self.pending.pop(0)

    def irq_trigger(self):
        return self.trigger

    def irq_set_trigger(self, space, trigger):
        self.trigger = trigger

    def irq_reset(self):
        self.w_handler = None
        self.trigger = 0
        self.pending = []

    def pull_events(self):
        while True:
            ev = hal.can_irq_pop(self.cid)
            if ev <= 0:
                return
            if ev & self.trigger:
                self.pending.append(ev)

    def irq_poll(self, space):
        self.pull_events()
        if self.pending and self.w_handler is not None:
            try:
                space.call_function(self.w_handler, [self])
            finally:
                self.pending = []   # events the handler did not fetch are gone


can_typedef = TypeDef('CAN', W_CAN, acceptable_as_base=False)
CAN_KEYWORDS = ['bitrate', 'mode', 'sample_point', 'sjw', 'tseg1', 'tseg2']


def can_timing(space, w_self, bitrate, sample_point, sjw, tseg1, tseg2):
    """Bit timing on an 80 MHz controller clock: N = 1 + tseg1 + tseg2 time
    quanta of brp clocks each (brp 1..1024, tseg1 1..16, tseg2 1..8)."""
    if tseg1 > 0:
        n = 1 + tseg1 + tseg2
        brp = (CAN_CLOCK + bitrate * n // 2) // (bitrate * n)
        if brp < 1 or brp > 1024:
            raise oefmt(space.w_ValueError, "bitrate not possible")
    else:
        best_n = 0
        best_err = -1
        brp = 1
        n = 25
        while n >= 8:
            b = (CAN_CLOCK + bitrate * n // 2) // (bitrate * n)
            if 1 <= b <= 1024:
                err = abs(CAN_CLOCK - b * n * bitrate)
                if best_err < 0 or err < best_err:
                    best_err = err
                    best_n = n
                    brp = b
            n -= 1
        if best_n == 0:
            raise oefmt(space.w_ValueError, "bitrate not possible")
        n = best_n
        tseg1 = (n * sample_point + 50) // 100 - 1
        if tseg1 > 16:
            tseg1 = 16
        if tseg1 < n - 9:
            tseg1 = n - 9
        if tseg1 < 1:
            tseg1 = 1
        tseg2 = n - 1 - tseg1
        if tseg2 < 1:
            tseg2 = 1
            tseg1 = n - 2
    if sjw > tseg2:
        raise oefmt(space.w_ValueError, "invalid sjw")
    w_self.tseg1 = tseg1
    w_self.tseg2 = tseg2
    w_self.brp = brp


def can_configure(space, w_self, args, first):
    args.check_kw_only(space, 'CAN', CAN_KEYWORDS)
    if args.npos() > first + 6:
        raise oefmt(space.w_TypeError, "too many arguments")
    w_bitrate = args.arg_or_kw(first, 'bitrate')
    if w_bitrate is None:
        raise oefmt(space.w_TypeError, "CAN needs a bitrate")
    bitrate = space.int_w(w_bitrate)
    w_mode = args.arg_or_kw(first + 1, 'mode')
    mode = 0 if w_mode is None else space.int_w(w_mode)
    w_sp = args.arg_or_kw(first + 2, 'sample_point')
    sample_point = 75 if w_sp is None else space.int_w(w_sp)
    w_sjw = args.arg_or_kw(first + 3, 'sjw')
    sjw = 1 if w_sjw is None else space.int_w(w_sjw)
    w_t1 = args.arg_or_kw(first + 4, 'tseg1')
    w_t2 = args.arg_or_kw(first + 5, 'tseg2')
    t1 = 0 if w_t1 is None or space.is_none(w_t1) else space.int_w(w_t1)
    t2 = 0 if w_t2 is None or space.is_none(w_t2) else space.int_w(w_t2)
    if bitrate < 1000 or bitrate > 1000000:
        raise oefmt(space.w_ValueError, "invalid bitrate")
    if mode < 0 or mode > 4:
        raise oefmt(space.w_ValueError, "invalid mode")
    if sample_point < 1 or sample_point > 99:
        raise oefmt(space.w_ValueError, "invalid sample_point")
    if sjw < 1 or sjw > 4:
        raise oefmt(space.w_ValueError, "invalid sjw")
    if (t1 == 0) != (t2 == 0):
        raise oefmt(space.w_ValueError, "tseg1 and tseg2 go together")
    if t1 != 0 and (t1 < 1 or t1 > 16 or t2 < 1 or t2 > 8):
        raise oefmt(space.w_ValueError, "invalid tseg1/tseg2")
    can_timing(space, w_self, bitrate, sample_point, sjw, t1, t2)
    hal_check(space, hal.can_init(w_self.cid, bitrate, mode))
    w_self.bitrate = bitrate
    w_self.mode = mode
    w_self.sjw = sjw
    w_self.on = True


def can_new(space, args):
    w_self = W_CAN(peripheral_id(space, args, 'CAN', NUM_CAN))
    can_configure(space, w_self, args, 2)
    return w_self


can_typedef.add('__new__', can_new)


def can_init(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_CAN)
    can_configure(space, w_self, args, 1)
    return space.w_None


can_typedef.add('init', can_init)


@can_typedef.method('deinit', 0)
def can_deinit(space, w_self):
    hal_check(space, hal.can_deinit(w_self.cid))
    w_self.on = False
    w_self.pending = []
    return space.w_None


def check_ident(space, ident, flags):
    top = 0x1FFFFFFF if flags & FLAG_EXT_ID else 0x7FF
    if ident < 0 or ident > top:
        raise oefmt(space.w_ValueError, "invalid id")


def can_running(space, w_self):
    if not w_self.on:
        raise oefmt(space.w_OSError, "CAN not initialised")


@can_typedef.method('set_filters', 1)
def can_set_filters(space, w_self, w_filters):
    can_running(space, w_self)
    if space.is_none(w_filters):
        hal_check(space, hal.can_filters(w_self.cid, -1))
        return space.w_None
    items_w = space.unpack_iterable(w_filters)
    if len(items_w) > FILTERS_MAX:
        raise oefmt(space.w_ValueError, "too many filters")
    specs = []
    for w_item in items_w:
        parts_w = space.unpack_iterable(w_item)
        if len(parts_w) != 3:
            raise oefmt(space.w_ValueError, "a filter is (identifier, bit_mask, flags)")
        ident = space.int_w(parts_w[0])
        mask = space.int_w(parts_w[1])
        flags = space.int_w(parts_w[2])
        if flags & ~(FLAG_RTR | FLAG_EXT_ID | FLAG_UNORDERED):
            raise oefmt(space.w_ValueError, "invalid flags")
        flags &= FLAG_RTR | FLAG_EXT_ID
        check_ident(space, ident, flags)
        check_ident(space, mask, flags)
        specs.append((ident, mask, flags))
    for i in range(len(specs)):
        ident, mask, flags = specs[i]
        hal_check(space, hal.can_set_filter(w_self.cid, i, ident, mask, flags))
    hal_check(space, hal.can_filters(w_self.cid, len(specs)))
    return space.w_None


def can_send(space, args):
    """send(id, data, flags=0): the transmit buffer index, or None when the
    queue is full (or holds the same id without FLAG_UNORDERED)."""
    w_self = args.arg(0)
    assert isinstance(w_self, W_CAN)
    args.check_kw_only(space, 'send', ['id', 'data', 'flags'])
    w_id = args.arg_or_kw(1, 'id')
    w_data = args.arg_or_kw(2, 'data')
    w_flags = args.arg_or_kw(3, 'flags')
    if w_id is None or w_data is None or args.npos() > 4:
        raise oefmt(space.w_TypeError, "send(id, data, flags=0)")
    ident = space.int_w(w_id)
    flags = 0 if w_flags is None else space.int_w(w_flags)
    if flags & ~(FLAG_RTR | FLAG_EXT_ID | FLAG_UNORDERED):
        raise oefmt(space.w_ValueError, "invalid flags")
    if isinstance(w_data, W_Int):
        raise oefmt(space.w_TypeError, "data must be a buffer")
    data = buffer_bytes(space, w_data)
    check_ident(space, ident, flags)
    if len(data) > 8:
        raise oefmt(space.w_ValueError, "data too long")
    if not w_self.on:
        hal_check(space, -5)        # EIO: not initialised
    r = hal.can_send(w_self.cid, ident, data, flags)
    if r == -EAGAIN:
        return space.w_None
    return space.newint(hal_check(space, r))


can_typedef.add('send', can_send)


@can_typedef.method('recv', 0, 1)
def can_recv(space, w_self, w_arg):
    if not w_self.on:
        return space.w_None
    frame = hal.can_recv(w_self.cid)
    if not frame:
        return space.w_None
    ident = (ord(frame[0]) | ord(frame[1]) << 8 | ord(frame[2]) << 16 | ord(frame[3]) << 24)
    flags = ord(frame[4])
    errs = ord(frame[5])
    n = ord(frame[6])
    data = [frame[8 + i] for i in range(n)]
    if w_arg is None or space.is_none(w_arg):
        w_base = W_ByteArray(data + ['\x00'] * (8 - n))
        w_mv = W_MemoryView(w_base, 0, 1, n)
        return space.newlist([space.newint(ident), w_mv, space.newint(flags),
                              space.newint(errs)])
    if not isinstance(w_arg, W_List):
        raise oefmt(space.w_TypeError, "recv() argument must be a list")
    if space.len_w(w_arg) < 4:
        raise oefmt(space.w_ValueError, "recv() list needs 4 items")
    w_mv = space.getitem(w_arg, space.newint(1))
    if not isinstance(w_mv, W_MemoryView) or w_mv.readonly() or w_mv.step != 1:
        raise oefmt(space.w_TypeError, "recv() list item 1 must be a writable memoryview")
    w_base = w_mv.w_base
    assert isinstance(w_base, W_ByteArray)
    if w_mv.start + 8 > len(w_base.data):
        raise oefmt(space.w_ValueError, "memoryview too small")
    for i in range(n):
        w_base.data[w_mv.start + i] = data[i]
    w_mv = W_MemoryView(w_base, w_mv.start, 1, n)
    space.setitem(w_arg, space.newint(0), space.newint(ident))
    space.setitem(w_arg, space.newint(1), w_mv)
    space.setitem(w_arg, space.newint(2), space.newint(flags))
    space.setitem(w_arg, space.newint(3), space.newint(errs))
    return w_arg


def can_irq(space, args):
    """irq(handler=None, trigger=0, hard=False): the handler runs between
    bytecodes with the CAN object; irq().flags() gives the next event."""
    w_self = args.arg(0)
    assert isinstance(w_self, W_CAN)
    args.check_kw_only(space, 'irq', ['handler', 'trigger', 'hard'])
    if args.npos() == 1 and not args.has_kw():
        return w_self.irq_object()
    if args.npos() > 4:
        raise oefmt(space.w_TypeError, "irq(handler=None, trigger=0, hard=False)")
    w_handler = args.arg_or_kw(1, 'handler')
    w_trigger = args.arg_or_kw(2, 'trigger')
    if w_handler is not None and space.is_none(w_handler):
        w_handler = None
    if w_handler is not None and not space.callable(w_handler):
        raise oefmt(space.w_TypeError, "handler must be callable")
    trigger = 0 if w_trigger is None else space.int_w(w_trigger)
    if trigger & ~(IRQ_RX | IRQ_TX | IRQ_STATE):
        raise oefmt(space.w_ValueError, "invalid trigger")
    while hal.can_irq_pop(w_self.cid) > 0:     # what happened before
        pass
    w_self.pending = []
    w_self.w_handler = w_handler
    w_self.trigger = trigger
    set_polling(w_self, w_handler is not None)
    return w_self.irq_object()


can_typedef.add('irq', can_irq)


@can_typedef.method('cancel_send', 1)
def can_cancel_send(space, w_self, w_index):
    index = space.int_w(w_index)
    if index < 0 or index >= TX_QUEUE_LEN:
        raise oefmt(space.w_ValueError, "invalid index")
    if not w_self.on:
        return space.w_False
    return space.newbool(hal_check(space, hal.can_cancel(w_self.cid, index)) == 1)


@can_typedef.method('state', 0)
def can_state(space, w_self):
    return space.newint(hal_check(space, hal.can_state(w_self.cid)))


def fill_list(space, w_list, values_w):
    """values into the given list (resized), or a new list."""
    if w_list is None or space.is_none(w_list):
        return space.newlist(values_w)
    if not isinstance(w_list, W_List):
        raise oefmt(space.w_TypeError, "a list expected")
    n = space.len_w(w_list)
    for i in range(len(values_w)):
        if i < n:
            space.setitem(w_list, space.newint(i), values_w[i])
        else:
            space.call_method(w_list, 'append', [values_w[i]])
    return w_list


@can_typedef.method('get_counters', 0, 1)
def can_get_counters(space, w_self, w_list):
    values_w = [space.newint(hal_check(space, hal.can_counter(w_self.cid, i)))
                for i in range(8)]
    return fill_list(space, w_list, values_w)


@can_typedef.method('get_timings', 0, 1)
def can_get_timings(space, w_self, w_list):
    n = 1 + w_self.tseg1 + w_self.tseg2
    exact = CAN_CLOCK // (w_self.brp * n) if w_self.bitrate else 0
    values_w = [space.newint(exact), space.newint(w_self.sjw), space.newint(w_self.tseg1),
                space.newint(w_self.tseg2), space.w_None, space.w_None]
    return fill_list(space, w_list, values_w)


@can_typedef.method('restart', 0)
def can_restart(space, w_self):
    can_running(space, w_self)
    hal_check(space, hal.can_restart(w_self.cid))
    return space.w_None


@can_typedef.method('__repr__', 0)
def can_repr(space, w_self):
    return space.newtext('CAN(%d, bitrate=%d, mode=%d)' % (w_self.cid, w_self.bitrate,
                                                            w_self.mode))


def add_to_module(space, d):
    w_can = space._maketype(can_typedef)
    for name, value in CAN_CONSTANTS:
        w_can.dict_w[name] = space.newint(value)
    d.setitem_str('CAN', w_can)
