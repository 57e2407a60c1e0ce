try:
    print('try')
finally:
    print('finally')
    raise RuntimeError('from finally')
