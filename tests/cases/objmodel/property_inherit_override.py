class A:
    @property
    def name(self): return 'A'
    @property
    def val(self): return 1
class B(A):
    @A.val.getter
    def val(self): return 2
    name = 'B-plain'
class C(A):
    def __init__(self):
        self.__dict__['name'] = 'inst'
print(A().name, B().name, A().val, B().val)
c = C()
print(c.name)  # data descriptor wins over instance dict
try:
    c.name = 'x'
except AttributeError as e:
    print(type(e).__name__)
b = B()
b.name = 'set'
print(b.name, B.name)
class D(A):
    @property
    def name(self): return 'D+' + super().name
print(D().name)
print(A.name is not B.val, type(B.val).__name__)
