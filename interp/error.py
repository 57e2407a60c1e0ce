"""Interpreter-level carriers of application-level exceptions."""


class TracebackEntry(object):
    """One `File "x", line N, in f` line; a linked list, outermost frame first."""
    _immutable_fields_ = ['filename', 'lineno', 'name', 'next']

    def __init__(self, filename, lineno, name, next):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.next = next


class OperationError(Exception):
    """An application-level exception in flight.

    The exception instance is made lazily (w_value None, msg set) so that
    exceptions used for control flow, caught without `as`, allocate nothing.
    """
    _attrs_ = ['w_type', 'w_value', 'msg', 'tb']

    def __init__(self, w_type, w_value, msg=None):
        self.w_type = w_type
        self.w_value = w_value
        self.msg = msg
        self.tb = None

    def get_w_value(self, space):
        w_value = self.w_value
        if w_value is None:
            if self.msg is None:
                w_value = space.call_function(self.w_type, [])
            else:
                w_value = space.call_function(self.w_type, [space.newtext(self.msg)])
            self.w_value = w_value
            space.exc_set_traceback(w_value, self.tb)
        return w_value

    def match(self, space, w_check):
        return space.exception_match(self.w_type, w_check)

    def add_traceback(self, filename, lineno, name):
        self.tb = TracebackEntry(filename, lineno, name, self.tb)
        if self.w_value is not None:
            # keep the instance's traceback in step for later re-raises
            from interp.objects.exceptionobject import W_BaseException
            w_value = self.w_value
            if isinstance(w_value, W_BaseException):
                w_value.tb = self.tb

    def __str__(self):
        return '<OperationError %s>' % (self.msg,)


def oefmt(w_type, msg):
    return OperationError(w_type, None, msg)


class ExitRequest(Exception):
    """Raised by SystemExit handling at top level (carries the exit code)."""
    def __init__(self, code):
        self.code = code
