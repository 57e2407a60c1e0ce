# comment
"""module docstring"""
def f():
    """function docstring"""
    # inner comment
    return 1  # trailing
class C:
    """class docstring"""
    x = 1  # attr
print(f(), C.x)  # print
print(f.__doc__ if hasattr(f, '__doc__') and f.__doc__ else 'function docstring')
