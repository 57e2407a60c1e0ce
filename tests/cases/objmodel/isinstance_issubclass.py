class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
d = D()
print(isinstance(d, A), isinstance(d, (C, int)), isinstance(d, (int, str)), isinstance(d, ()))
print(isinstance(d, (int, (str, (C,)))), isinstance(5, (str, (float, int))))
print(issubclass(D, (C,)), issubclass(D, D), issubclass(A, (B, C)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(A, type), isinstance(A, object), isinstance(type, type))
print(issubclass(type, object), issubclass(object, type))
try:
    isinstance(d, 5)
except TypeError as e:
    print(type(e).__name__)
try:
    issubclass(d, A)
except TypeError as e:
    print(type(e).__name__)
try:
    issubclass(D, [A])
except TypeError as e:
    print(type(e).__name__)
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(3.0, (int,)))
print([isinstance(x, (int, str)) for x in [1, 'a', 2.0, True, None]])
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
print(isinstance(ValueError(), Exception), isinstance(ValueError, type))
class MyList(list): pass
print(isinstance(MyList(), list), issubclass(MyList, (dict, list)), type(MyList()) is list)
