z = 1 + 1j
print(type(z) is complex, isinstance(z, complex), isinstance(1, complex), isinstance(z, (int, float)))
print(complex.__name__, type(complex).__name__)
print(repr(complex))
print(callable(complex))
print(type(complex('1')) is complex)
print(issubclass(complex, object))
