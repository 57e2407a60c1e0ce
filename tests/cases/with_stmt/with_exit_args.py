class Inspect:
    def __enter__(self):
        return 'resource'
    def __exit__(self, exc_type, exc_value, traceback):
        print('type:', exc_type.__name__ if exc_type else None)
        print('value:', repr(exc_value.args) if exc_value else None)
        # (MicroPython passes None as the traceback: not printed)
        return exc_type is TypeError
with Inspect() as r:
    print(r)
with Inspect():
    raise TypeError('t', 1)
print('continued')
