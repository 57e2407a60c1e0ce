class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev.args)
            return True
        return False
with Suppress(KeyError):
    {}['missing']
print('after suppress')
with Suppress(KeyError, IndexError):
    [][0]
print('after second')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
with Suppress(ValueError) as v:
    print('as value', v)
