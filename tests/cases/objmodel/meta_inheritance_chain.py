trace = []
class MetaA(type):
    def __new__(mcs, name, bases, ns):
        trace.append(('MetaA.new', name))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        trace.append(('MetaA.init', name))
        super().__init__(name, bases, ns)
class MetaB(MetaA):
    def __new__(mcs, name, bases, ns):
        trace.append(('MetaB.new', name))
        return super().__new__(mcs, name, bases, ns)
class X(metaclass=MetaA): pass
class Y(metaclass=MetaB): pass
class Z(X, Y): pass
for t in trace: print(t)
print(type(X).__name__, type(Y).__name__, type(Z).__name__)
print([m.__name__ for m in type(Z).__mro__])
print(isinstance(Z, MetaA), isinstance(X, MetaB))
class Plain(Z): pass
print(type(Plain).__name__)
