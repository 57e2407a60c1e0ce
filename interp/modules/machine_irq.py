"""The irq object that Pin.irq() (and other peripherals' irq()) return, as
MicroPython's shared mpirq: flags() = what triggered the handler that is
running, trigger([new]) = the trigger mask (setting returns the old one),
calling it runs the handler as an interrupt would."""
from interp.objects.root import W_Root, TypeDef
from interp.gateway import check_count


class W_IrqSource(W_Root):
    """A peripheral that owns an irq object.  Peripherals whose events are
    found by polling (UART, CAN, ...) put themselves in `sources.active`
    while they have a handler: irq_poll runs between bytecodes."""
    _attrs_ = ['w_irq']

    w_irq = None

    def irq_handler(self):
        return None

    def irq_poll(self, space):
        pass

    def irq_reset(self):
        """A soft reset: forget the handler."""
        pass

    def irq_flags(self):
        return 0

    def irq_trigger(self):
        return 0

    def irq_set_trigger(self, space, trigger):
        pass

    def irq_object(self):
        if self.w_irq is None:
            self.w_irq = W_Irq(self)
        return self.w_irq


class IrqSources(object):
    def __init__(self):
        self.active = []


sources = IrqSources()


def set_polling(w_source, on):
    if on:
        if w_source not in sources.active:
            sources.active.append(w_source)
    elif w_source in sources.active:
        sources.active.remove(w_source)


def run_sources(space):
    """Between bytecodes (actions.fire): let each polled peripheral call its
    handler for what happened."""
    for w_source in list(sources.active):
        w_source.irq_poll(space)


def reset_sources():
    for w_source in sources.active:
        w_source.irq_reset()
    sources.active = []


class W_Irq(W_Root):
    _attrs_ = ['w_source']

    def __init__(self, w_source):
        self.w_source = w_source

    def getclass(self, space):
        return space.builtin_types['irq']


irq_typedef = TypeDef('irq', W_Irq, acceptable_as_base=False)


@irq_typedef.method('flags', 0)
def irq_flags(space, w_self):
    return space.newint(w_self.w_source.irq_flags())


@irq_typedef.method('trigger', 0, 1)
def irq_trigger(space, w_self, w_new):
    w_old = space.newint(w_self.w_source.irq_trigger())
    if w_new is not None:
        w_self.w_source.irq_set_trigger(space, space.int_w(w_new))
    return w_old


def irq_call(space, args):
    w_self = args.arg(0)
    assert isinstance(w_self, W_Irq)
    check_count(space, args, 1, 1)
    w_handler = w_self.w_source.irq_handler()
    if w_handler is not None:
        space.call_function(w_handler, [w_self.w_source])
    return space.w_None


irq_typedef.add('__call__', irq_call)


def make_type(space):
    return space._maketype(irq_typedef)
