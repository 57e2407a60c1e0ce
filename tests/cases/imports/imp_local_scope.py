# import statements bind names in the current scope
import sys
def f():
    import _imp_simple
    return _imp_simple.X
print(f())
print('_imp_simple' in globals(), '_imp_simple' in sys.modules)
def g():
    import _ipkg.sub1
    return sorted(k for k in locals())
print(g())
def h():
    from _imp_simple import func as fn, Y
    return sorted(locals())
print(h())
def k():
    global _imp_all
    import _imp_all
k()
print(_imp_all.pub1)
class C:
    import _imp_simple as mod
    from _imp_simple import X
print(C.X, C.mod.Y)
print(C().mod is sys.modules['_imp_simple'])
def uses_before():
    try:
        print(_imp_simple)
    except NameError:
        print('UnboundLocal/NameError')
    import _imp_simple
uses_before()
if True:
    import _imp_globals
print(_imp_globals.counter)
for i in range(3):
    import _imp_simple as loop_mod
print(loop_mod.X)
