class AppError(Exception):
    pass
def load():
    try:
        {}['cfg']
    except KeyError as e:
        raise AppError('config missing') from e
try:
    load()
except AppError as e:
    print('AppError', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('converted') from None
except ValueError as e:
    print('ValueError', e)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise KeyError('during handling')
except KeyError as e:
    print('KeyError caught')
