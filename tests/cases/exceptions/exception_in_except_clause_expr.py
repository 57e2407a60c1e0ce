def get_exc():
    print('evaluating except expression')
    return ZeroDivisionError
try:
    1 / 0
except get_exc():
    print('handled via computed class')
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('replacement')
except ValueError as e:
    print('replacement caught', e.args)
