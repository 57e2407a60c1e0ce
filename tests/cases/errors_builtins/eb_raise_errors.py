def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
    else:
        print(repr(r) if type(r) in (int, float, str, bytes, bool, list, tuple, dict, type(None)) else '<obj>')
def r(x):
    raise x
t(r, ValueError)
t(r, ValueError('m'))
t(r, 5)
t(r, 'str')
t(r, None)
t(r, object)
t(r, int)
t(r, KeyError)
class E(Exception):
    pass
t(r, E)
t(r, E())
class NotExc:
    pass
t(r, NotExc)
t(r, NotExc())
def raise_from(x):
    raise ValueError('v') from x
t(raise_from, None)
t(raise_from, KeyError('k'))
t(raise_from, KeyError)
t(raise_from, 5)
def bare_raise():
    raise
t(bare_raise)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
t(reraise)
def except_non_class():
    try:
        1 / 0
    except 5:
        pass
t(except_non_class)
def except_tuple():
    try:
        {}['x']
    except (ValueError, KeyError) as e:
        return type(e).__name__
t(except_tuple)
def except_base():
    try:
        raise KeyError
    except LookupError as e:
        return 'lookup'
t(except_base)
def finally_ret():
    try:
        raise ValueError
    finally:
        return 'finally wins'
t(finally_ret)
def nested_exc():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError as e:
        return type(e.__context__).__name__
t(nested_exc)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
t(exc_var_cleared)
def args_of():
    return [ValueError().args, ValueError(1).args, ValueError(1, 2).args, str(ValueError('x')),
            str(ValueError()), str(ValueError(1, 2)), repr(KeyError('k'))]
t(args_of)
def exc_attrs():
    e = StopIteration(5)
    return e.value, e.args, SystemExit(3).code, SystemExit().code, OSError(2, 'x').errno
t(exc_attrs)
def exc_eq():
    return ValueError(1) == ValueError(1)
t(exc_eq)
