# exceptions raised and handled at many levels of recursion
def nest(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        return nest(n - 1)
    except ValueError as e:
        if n % 10 == 0:
            raise KeyError(n)
        raise
try:
    nest(35)
except KeyError as e:
    print('KeyError', e.args[0])
def count_handlers(n, seen):
    try:
        if n == 0:
            raise IndexError
        count_handlers(n - 1, seen)
    except IndexError:
        seen.append(n)
        if n < 5:
            raise
print_list = []
count_handlers(8, print_list)
print(print_list)
def retry(n):
    try:
        return retry(n + 1)
    except RuntimeError:
        return n
depth1 = retry(0)
depth2 = retry(0)
print(depth1 == depth2, depth1 > 50)
def finally_depth(n, out):
    try:
        if n:
            finally_depth(n - 1, out)
        else:
            raise TypeError
    finally:
        out.append(n)
out = []
try:
    finally_depth(6, out)
except TypeError:
    print('TypeError', out)
