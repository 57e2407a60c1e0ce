log = []
class Base:
    def __lt__(self, o): log.append('Base.lt'); return 'Base.lt'
    def __gt__(self, o): log.append('Base.gt'); return 'Base.gt'
    def __eq__(self, o): log.append('Base.eq'); return 'Base.eq'
    def __le__(self, o): log.append('Base.le'); return 'Base.le'
    def __ge__(self, o): log.append('Base.ge'); return 'Base.ge'
    __hash__ = object.__hash__
class Sub(Base):
    def __gt__(self, o): log.append('Sub.gt'); return 'Sub.gt'
    def __eq__(self, o): log.append('Sub.eq'); return 'Sub.eq'
    def __ge__(self, o): log.append('Sub.ge'); return 'Sub.ge'
print(Base() < Sub(), log); log.clear()
print(Base() == Sub(), log); log.clear()
print(Base() <= Sub(), log); log.clear()
print(Base() > Sub(), log); log.clear()
print(Sub() < Base(), log); log.clear()
class Sub2(Base): pass
print(Base() < Sub2(), log); log.clear()
class MyInt(int):
    def __gt__(self, o): return 'MyInt.gt'
print(1 < MyInt(5), MyInt(5) > 1, 1 > MyInt(5))
class MyStr(str):
    def __eq__(self, o): return 'MyStr.eq'
    __hash__ = str.__hash__
print('a' == MyStr('a'), MyStr('a') == 'a')
