class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in (A, B, C):
    try:
        raise exc()
    except C:
        print('C handler', exc.__name__)
    except B:
        print('B handler', exc.__name__)
    except A:
        print('A handler', exc.__name__)
for exc in (A, B, C):
    try:
        raise exc()
    except A:
        print('first matching A', exc.__name__)
    except C:
        print('never')
errs = (KeyError, IndexError)
for f in (lambda: {}[1], lambda: [][1], lambda: int('q')):
    try:
        f()
    except errs as e:
        print('tuple var', type(e).__name__)
    except Exception as e:
        print('fallback', type(e).__name__)
