# `import a.b.c` binds only `a`; `import a.b as c` binds the leaf
import sys
import _imp_state
import _ipkg.inner.deep
print('_ipkg' in globals(), 'inner' in globals(), 'deep' in globals())
print(_ipkg.inner.deep.DEEP)
print(_ipkg.inner.INNER)
print(_ipkg.inner.deep.HAS_PRIV)
import _ipkg.inner.deep as d
print(d is _ipkg.inner.deep)
print(d.__name__)
import _ipkg.inner as inn
print(inn.__name__, inn is _ipkg.inner)
from _ipkg.inner import deep as d2
print(d2 is d)
from _ipkg import inner
print(inner is inn)
print(_imp_state.log)
def f():
    import _ipkg.sub1
    return _ipkg.sub1.S1
print(f())
print(sys.modules['_ipkg.inner.deep'] is d)
