class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(OnlyNew(2).a)
class Both:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, a, b=0): self.s = a + b
print(Both(1, b=2).s)
class NewWithArgsToObject:
    def __new__(cls, a):
        return object.__new__(cls)
print(type(NewWithArgsToObject(1)).__name__)
class InitCallsSuperWithArgs:
    def __init__(self, a):
        try:
            super().__init__(a)
        except TypeError as e:
            print('object.__init__ args', type(e).__name__)
InitCallsSuperWithArgs(1)
class NewPassesArgs:
    def __new__(cls, a):
        try:
            return object.__new__(cls, a)
        except TypeError as e:
            print('object.__new__ args', type(e).__name__)
            return object.__new__(cls)
    def __init__(self, a): pass
print(type(NewPassesArgs(1)).__name__)
