class C:
    def __init__(self):
        self.a = 1
    def meth(self):
        pass
c = C()
print('meth' in dir(c), 'a' in dir(c), '__init__' in dir(C), 'append' in dir([]), 'upper' in dir(''))
print(vars(c) == {'a': 1})
