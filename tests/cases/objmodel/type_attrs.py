class A:
    """doc"""
    x = 1
class B(A): pass
print(A.__name__, B.__qualname__, A.__module__, B.__base__.__name__, B.__bases__[0] is A)
print([c.__name__ for c in B.__mro__], B.mro() == list(B.__mro__))
print(sorted(k for k in A.__dict__ if not k.startswith('__')), 'x' in B.__dict__)
print(A.__doc__, B.__doc__)
print(int.__name__, str.__mro__ == (str, object), bool.__base__ is int, object.__base__)
print(type.__name__, type(type).__name__, type.__mro__ == (type, object))
print(sorted(c.__name__ for c in A.__subclasses__()))
class C(A): pass
print(sorted(c.__name__ for c in A.__subclasses__()))
print(KeyError.__mro__[1].__name__, [c.__name__ for c in bool.__mro__])
A.__name__ if False else None
print(isinstance(A.__dict__, object), len(B.__dict__) > 0)
