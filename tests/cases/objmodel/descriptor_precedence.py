class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class Data:
    def __get__(self, obj, owner):
        return 'data'
    def __set__(self, obj, v):
        obj.__dict__['d'] = v
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['so'] = ('stored', v)
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
c = C()
print(c.nd, c.d)
c.__dict__['nd'] = 'inst-nd'
c.__dict__['d'] = 'inst-d'
print(c.nd, c.d)
c.nd = 'assigned'
print(c.nd)
c.d = 'assigned-d'
print(c.d, c.__dict__['d'])
c.so = 1
print(c.so)
print(type(C.__dict__['so']).__name__ == 'SetOnly')
del c.nd
print(c.nd)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__)
class DelOnly:
    def __delete__(self, obj):
        print('DelOnly.__delete__')
class E:
    do = DelOnly()
e = E()
del e.do
try:
    e.do = 1
except AttributeError as ex:
    print(type(ex).__name__)
print(type(e.do).__name__)
