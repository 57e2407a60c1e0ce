class S(str):
    def __lt__(self, o): return 'S.lt'
    def __eq__(self, o): return 'S.eq'
    __hash__ = str.__hash__
print(S('a') < 'b', 'b' > S('a'), 'a' == S('a'), S('x') == 'y')
class L(list):
    def __eq__(self, o): return 'L.eq'
    def __gt__(self, o): return 'L.gt'
print([1] == L(), [1] < L([2]), L() == [1])
class T(tuple):
    def __le__(self, o): return 'T.le'
print(() >= T(), T() <= ())
class NoCmp(int): pass
print(NoCmp(1) < 2, 2 > NoCmp(1), NoCmp(3) == 3, sorted([NoCmp(3), 1, NoCmp(2)]))
class D(dict):
    def __eq__(self, o): return 'D.eq'
    __hash__ = None
print({} == D(), D() != {}, {'a': 1} == D(a=1))
class Fl(float):
    def __ge__(self, o): return 'Fl.ge'
print(1 <= Fl(0), 1.0 <= Fl(2), Fl(1) >= 5)
