class R:
    def __round__(self, *args): return ('round', args)
print(round(R()), round(R(), 3), round(R(), None))
class A:
    def __abs__(self): return 'abs'
print(abs(A()))
class MyInt(int):
    def __round__(self, n=None): return 'MyInt.round'
    def __abs__(self): return 'MyInt.abs'
print(round(MyInt(5)), round(MyInt(5), 1), abs(MyInt(5)), abs(MyInt(-5)))
class MyFloat(float):
    def __round__(self, n=None): return 'MyFloat.round'
    def __abs__(self): return 'MyFloat.abs'
print(round(MyFloat(1.5)), abs(MyFloat(-1.0)))
class Plain(float): pass
print(round(Plain(2.5)), round(Plain(2.567), 2), abs(Plain(-3.0)), type(abs(Plain(-3.0))).__name__)
class PI(int): pass
print(round(PI(15), -1), abs(PI(-4)), type(abs(PI(-4))).__name__, type(round(PI(3))).__name__)
