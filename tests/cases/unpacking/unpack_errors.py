for val in [[1], [1, 2, 3], 'abcd', 5, None]:
    try:
        a, b = val
        print('ok', a, b)
    except ValueError:
        print('ValueError', repr(val))
    except TypeError:
        print('TypeError', repr(val))
try:
    a, b = {'x': 1, 'y': 2}
    print('dict keys', a, b)
except ValueError:
    print('ValueError')
