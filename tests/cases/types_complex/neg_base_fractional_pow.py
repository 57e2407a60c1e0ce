# a negative int or float to a fractional power gives a complex result
print((-1) ** 0.5)
print((-8) ** (1 / 3))
print((-2.0) ** 1.5)
print((-2) ** -0.5)
print(pow(-4, 0.5))
print(type((-4) ** 0.5).__name__, type((-4) ** 2.0).__name__, (-4) ** 2.0)
print((-2.5) ** 2, (-2) ** -2)
x = -9.0
x **= 0.5
print(x)
