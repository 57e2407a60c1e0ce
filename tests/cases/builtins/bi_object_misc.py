o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print('AttributeError')
print(o == o, o != object(), o is o)
print(object.__name__, int.__name__, type.__name__)
print(issubclass(type, object), isinstance(type, type))
