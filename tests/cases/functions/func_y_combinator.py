Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print(fact(10), fib(15))
def church(n):
    return lambda f: lambda x: x if n == 0 else f(church(n - 1)(f)(x))
print(church(5)(lambda v: v + 1)(0), church(3)(lambda s: s + '*')(''))
