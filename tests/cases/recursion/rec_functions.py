# unbounded recursion raises RuntimeError (CPython: its subclass RecursionError);
# the program continues normally afterwards
def down(n):
    return down(n + 1)

for attempt in range(3):
    try:
        down(0)
    except RuntimeError as e:
        print('caught', attempt, isinstance(e, RuntimeError))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(50), is_odd(51), is_even(7))

def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError:
    print('mutual caught')

# recursion through a lambda and a closure
fact2 = lambda n: 1 if n == 0 else n * fact2(n - 1)
print(fact2(10))
def make():
    def inner(n):
        return inner(n + 1)
    return inner
try:
    make()(0)
except RuntimeError:
    print('closure caught')
print('end')
