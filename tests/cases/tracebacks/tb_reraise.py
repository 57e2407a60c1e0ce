# re-raising: a bare raise adds nothing, `raise e` adds the raising line,
# passing through finally adds nothing
import sys
def inner():
    raise OSError('io')
def bare():
    try:
        inner()
    except OSError:
        raise
def named():
    try:
        inner()
    except OSError as e:
        raise e
def through_finally():
    try:
        inner()
    finally:
        pass
for f in (bare, named, through_finally):
    try:
        f()
    except OSError as e:
        sys.print_exception(e)
# raising a stored exception again keeps growing its traceback
saved = None
for i in range(2):
    try:
        if saved is None:
            inner()
        else:
            raise saved
    except OSError as e:
        saved = e
sys.print_exception(saved)
# a new exception raised in a handler has only its own traceback
def convert():
    try:
        inner()
    except OSError:
        raise ValueError('converted')
try:
    convert()
except ValueError as e:
    sys.print_exception(e)
try:
    try:
        inner()
    except OSError as e:
        raise RuntimeError('from') from e
except RuntimeError as e:
    sys.print_exception(e)
