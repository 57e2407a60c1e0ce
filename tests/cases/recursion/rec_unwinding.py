# finally blocks and with statements run while a recursion error unwinds
state = {'entered': 0, 'left': 0}
def down(n):
    state['entered'] += 1
    try:
        return down(n + 1)
    finally:
        state['left'] += 1
try:
    down(0)
except RuntimeError:
    print('caught')
print(state['entered'] == state['left'], state['entered'] > 50)

class Ctx:
    active = 0
    def __enter__(self):
        Ctx.active += 1
        return self
    def __exit__(self, *a):
        Ctx.active -= 1
        return False

def with_down(n):
    with Ctx():
        return with_down(n + 1)
try:
    with_down(0)
except RuntimeError:
    print('with caught', Ctx.active)

# catch at an intermediate level and return normally from there
levels = []
def catcher(n):
    if n == 5:
        try:
            return down(0)
        except RuntimeError:
            levels.append(n)
            return 'recovered'
    return catcher(n + 1)
print(catcher(0), levels)

# recursion limit is reached again after recovering
count = 0
def counting(n):
    global count
    count = n
    counting(n + 1)
try:
    counting(0)
except RuntimeError:
    first = count
try:
    counting(0)
except RuntimeError:
    second = count
print(first == second, first > 50)

# an exception other than RuntimeError from deep recursion passes through unchanged
def bottom(n):
    if n == 0:
        raise KeyError('bottom')
    return bottom(n - 1)
try:
    bottom(60)
except KeyError as e:
    print('KeyError', e.args[0])
