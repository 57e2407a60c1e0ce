try:
    1 / 0
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    [][1]
except IndexError as e:
    print('caught', type(e).__name__)
try:
    {}['k']
except (TypeError, KeyError) as e:
    print('tuple caught', type(e).__name__)
try:
    int('x')
except Exception as e:
    print('generic', type(e).__name__, isinstance(e, ValueError))
try:
    undefined_name
except NameError:
    print('NameError')
try:
    None.attr
except AttributeError:
    print('AttributeError')
try:
    'a' + 1
except TypeError:
    print('TypeError')
try:
    raise ValueError
except ValueError as e:
    print('bare class raise', type(e).__name__, e.args)
try:
    try:
        1 / 0
    except KeyError:
        print('wrong')
except ZeroDivisionError:
    print('outer caught')
