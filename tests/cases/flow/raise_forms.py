for make in [lambda: ValueError, lambda: ValueError('m'), lambda: KeyError(1, 2)]:
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print('TypeError raising int')
try:
    raise
except RuntimeError:
    print('RuntimeError bare raise')
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print('TypeError raising non-exception class')
try:
    raise ValueError from 5
except TypeError:
    print('TypeError bad cause')
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    try:
        raise ValueError
    except Exception:
        raise TypeError
except TypeError as e:
    print('context', type(e.__context__).__name__)
