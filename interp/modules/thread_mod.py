"""_thread: real OS threads under a global interpreter lock (RPython's GIL).

Only the thread holding the GIL runs Python code.  Blocking system calls
(reads, sleeps, lock waits) release it, and a running thread hands it on
every few thousand backward jumps (interp/actions.py).  Each thread has its
own execution context (space.getec()).  As with CPython's _thread, the
process does not wait for threads when the main program ends."""
import os
from rpython.rlib import rthread, rgil, jit, rtime
from rpython.rlib.objectmodel import we_are_translated
from interp.error import OperationError, oefmt
from interp.gateway import function, Arguments
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction


class ThreadState(object):
    """Shared by all threads; touched only with the GIL held."""

    def __init__(self):
        self.count = 1                  # running threads, the main one included
        self.started = False
        self.start_lock = None          # held while `pending_*` are in use
        self.pending_w_func = None
        self.pending_args = None
        self.main_ident = 0

    def _cleanup_(self):
        self.__init__()


_state = ThreadState()


class ThreadSwitch(object):
    """Installed in the action flag once a second thread exists."""

    def is_main_thread(self):
        return is_main_thread()

    def yield_thread(self, space):
        if _state.count > 1:
            rgil.yield_thread()


_switch = ThreadSwitch()


def is_main_thread():
    return not _state.started or rthread.get_ident() == _state.main_ident


def bootstrap():
    """The new thread's entry: rffi's callback wrapper has taken the GIL."""
    rthread.gc_thread_start()
    from interp.space import space
    w_func = _state.pending_w_func
    args = _state.pending_args
    _state.pending_w_func = None
    _state.pending_args = None
    _state.start_lock.release()     # the next start_new_thread may go on
    run_thread(space, w_func, args)
    _state.count -= 1
    rthread.gc_thread_die()


def run_thread(space, w_func, args):
    try:
        space.call_args(w_func, args)
    except OperationError as e:
        if not e.match(space, space.w_SystemExit):
            report_unhandled(space, w_func, e)
    except Exception:
        os.write(2, "fatal error in thread\n")


def report_unhandled(space, w_func, operr):
    from interp.modules import sys_mod
    try:
        w_exc = operr.get_w_value(space)
        space.stdout.flush()
        space.stderr.write_str('Unhandled exception in thread started by %s\n'
                               % space.str_w(space.repr(w_func)))
        sys_mod.print_exception_to(space, w_exc, sys_mod._Writer(space, None))
        space.stderr.flush()
    except OperationError:
        pass


@jit.dont_look_inside
def start_thread(space, w_func, args):
    if not _state.started:
        _state.started = True
        _state.main_ident = rthread.get_ident()
        _state.start_lock = rthread.allocate_lock()
        space.actionflag.thread_switch = _switch
    _state.start_lock.acquire(True)     # waits (GIL released) for the previous start
    _state.pending_w_func = w_func
    _state.pending_args = args
    _state.count += 1
    try:
        ident = rthread.start_new_thread(bootstrap, ())
    except rthread.error:
        _state.count -= 1
        _state.pending_w_func = None
        _state.pending_args = None
        _state.start_lock.release()
        raise oefmt(space.w_OSError, "can't create thread")
    return ident


def thread_start_new_thread(space, args):
    n = args.npos()
    if args.has_kw():
        raise oefmt(space.w_TypeError, "function doesn't take keyword arguments")
    if n < 2 or n > 3:
        raise oefmt(space.w_TypeError, "function takes 2 or 3 arguments")
    w_func = args.arg(0)
    w_args = args.arg(1)
    if not space.callable(w_func):
        raise oefmt(space.w_TypeError, "first arg must be callable")
    from interp.objects.tupleobject import W_Tuple
    from interp.objects.listobject import W_List
    if isinstance(w_args, W_Tuple):
        args_w = [w_a for w_a in w_args.items_w]
    elif isinstance(w_args, W_List):
        args_w = [w_a for w_a in w_args.items_w]
    else:
        raise oefmt(space.w_TypeError, "expecting a tuple or list for args")
    kw_names = None
    kw_values_w = None
    if n == 3:
        w_kw = args.arg(2)
        from interp.objects.dictobject import W_Dict
        if not isinstance(w_kw, W_Dict):
            raise oefmt(space.w_TypeError, "expecting a dict for keyword args")
        kw_names = []
        kw_values_w = []
        for w_k, w_v in w_kw.items_w(space):
            kw_names.append(space.text_w(w_k))
            kw_values_w.append(w_v)
    ident = start_thread(space, w_func, Arguments(args_w, kw_names, kw_values_w))
    return space.newint(ident)


@function(0)
def thread_get_ident(space):
    return space.newint(rthread.get_ident())


@function(0)
def thread_exit(space):
    raise OperationError(space.w_SystemExit, None)


@function(0, 1)
def thread_stack_size(space, w_size):
    old = rthread.get_stacksize()
    if w_size is not None:
        size = space.int_w(w_size)
        if size != 0 and size < 32768:
            raise oefmt(space.w_ValueError, "size not valid: %d bytes" % size)
        if rthread.set_stacksize(size) < 0:
            raise oefmt(space.w_ValueError, "size not valid: %d bytes" % size)
    return space.newint(old)


class W_Lock(W_Root):
    """A lock.  `held` mirrors the semaphore: rthread's is_acquired() would
    take the lock, so the state is kept here, changed with the GIL held."""
    _attrs_ = ['lock', 'held']

    def __init__(self):
        self.lock = rthread.allocate_lock()
        self.held = False

    def getclass(self, space):
        return space.builtin_types['lock']


lock_typedef = TypeDef('lock', W_Lock, acceptable_as_base=False)

LOCK_ACQUIRED = 1
LOCK_INTERRUPTED = 2


@jit.dont_look_inside
def lock_acquire_impl(space, w_lock, blocking, timeout):
    """Wait for the lock (with the GIL released); a signal wakes the wait so
    that Ctrl-C is seen, then the wait goes on for the time left."""
    if not blocking:
        ok = w_lock.lock.acquire(False)
    else:
        micros = -1 if timeout < 0.0 else int(timeout * 1000000.0)
        deadline = 0.0
        if micros >= 0:
            deadline = rtime.time() + timeout
        while True:
            res = w_lock.lock.acquire_timed(micros)
            if res != LOCK_INTERRUPTED:
                break
            space.actionflag.check_signals(space)
            if micros >= 0:
                micros = max(0, int((deadline - rtime.time()) * 1000000.0))
        ok = res == LOCK_ACQUIRED
    if ok:
        w_lock.held = True
    return ok


@lock_typedef.method('acquire', 0, 2)
def lock_acquire(space, w_self, w_wait, w_timeout):
    blocking = True if w_wait is None else space.int_w(w_wait) != 0
    timeout = -1.0 if w_timeout is None else space.float_w(w_timeout)
    if not blocking and timeout >= 0.0:
        raise oefmt(space.w_ValueError, "can't specify a timeout for a non-blocking call")
    return space.newbool(lock_acquire_impl(space, w_self, blocking, timeout))


@lock_typedef.method('__enter__', 0)
def lock_enter(space, w_self):
    lock_acquire_impl(space, w_self, True, -1.0)
    return space.w_True


def release_lock(space, w_lock):
    if not w_lock.held:
        raise oefmt(space.w_RuntimeError, "release unlocked lock")
    w_lock.held = False
    try:
        w_lock.lock.release()
    except rthread.error:
        raise oefmt(space.w_RuntimeError, "release unlocked lock")


@lock_typedef.method('release', 0)
def lock_release(space, w_self):
    release_lock(space, w_self)
    return space.w_None


def lock_exit(space, args):
    w_self = args.arg(0)
    if not isinstance(w_self, W_Lock):
        raise oefmt(space.w_TypeError, "descriptor '__exit__' requires a 'lock' object")
    release_lock(space, w_self)
    return space.w_None


lock_typedef.add('__exit__', lock_exit)


@lock_typedef.method('locked', 0)
def lock_locked(space, w_self):
    return space.newbool(w_self.held)


@function(0)
def thread_allocate_lock(space):
    return W_Lock()


def make_module(space):
    w_mod = W_Module(space, '_thread')
    d = w_mod.w_dict
    w_locktype = space._maketype(lock_typedef)
    for name, func in [('start_new_thread', thread_start_new_thread),
                       ('get_ident', thread_get_ident), ('exit', thread_exit),
                       ('stack_size', thread_stack_size),
                       ('allocate_lock', thread_allocate_lock)]:
        d.setitem_str(name, W_BuiltinFunction(name, func))
    d.setitem_str('LockType', w_locktype)
    return w_mod
