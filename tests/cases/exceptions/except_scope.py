try:
    1 / 0
except ZeroDivisionError as e:
    print('in handler', type(e).__name__)
try:
    print(e)
except NameError:
    print('e deleted after except')
e = 'kept'
try:
    pass
except Exception as e:
    pass
print(e)
def f():
    try:
        raise KeyError
    except KeyError as err:
        return type(err).__name__
print(f())
