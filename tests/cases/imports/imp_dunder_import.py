# __import__ calls
import sys
m = __import__('_imp_simple')
print(m.X, m is sys.modules['_imp_simple'])
top = __import__('_ipkg.sub1')
print(top.__name__)
print(top.sub1.S1)
leaf = __import__('_ipkg.inner.deep', None, None, ['DEEP'])
print(leaf.__name__)
leaf2 = __import__('_ipkg.inner', globals(), locals(), ('INNER',), 0)
print(leaf2.__name__, leaf2.INNER)
try:
    __import__('_definitely_missing_mod')
except ImportError:
    print('ImportError')
s = __import__('sys')
print(s is sys)
print(callable(__import__))
