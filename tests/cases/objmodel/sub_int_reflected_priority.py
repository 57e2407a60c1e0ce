class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rmul__(self, o): return 'MyInt.rmul'
    def __rlt__(self, o): return 'unused'
    def __gt__(self, o): return 'MyInt.gt'
    def __eq__(self, o): return 'MyInt.eq'
    __hash__ = int.__hash__
print(1 + MyInt(1), 2 * MyInt(3), 1 < MyInt(0), 1 == MyInt(1), MyInt(1) == 1)
class MyFloat(float):
    def __rsub__(self, o): return 'MyFloat.rsub'
    def __rtruediv__(self, o): return 'MyFloat.rtruediv'
print(1.0 - MyFloat(1), 1 - MyFloat(2), 3 / MyFloat(2), MyFloat(3) / 2, MyFloat(5) - 1)
class MyStr(str):
    def __radd__(self, o): return 'MyStr.radd:' + o
    def __rmod__(self, o): return 'MyStr.rmod'
print('a' + MyStr('b'), MyStr('b') + 'a', 'x%s' % MyStr('y'))
class MyList(list):
    def __radd__(self, o): return 'MyList.radd'
print([1] + MyList([2]), MyList([2]) + [1])
class MyTuple(tuple):
    def __rmul__(self, o): return 'MyTuple.rmul'
print(2 * MyTuple((1,)), MyTuple((1,)) * 2)
class NoOverride(int): pass
print(1 + NoOverride(2), type(1 + NoOverride(2)).__name__, type(NoOverride(2) + 1).__name__)
