try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    raise RuntimeError('plain')
except RuntimeError as e:
    print(e.__cause__)
def reraiser():
    try:
        raise KeyError('k')
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print('reraised', repr(e))
try:
    raise TypeError
except TypeError as e:
    print('class raised', type(e).__name__, e.args)
e = OSError(2, 'No such file')
print(e.errno, e.args)
print(StopIteration(5).value, repr(ValueError('a', 1)))
try:
    raise 5
except TypeError:
    print('TypeError raising int')
