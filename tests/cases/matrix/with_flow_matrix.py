class CM:
    def __init__(self, log, name, swallow):
        self.log, self.name, self.swallow = log, name, swallow
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        self.log.append('exit %s %s' % (self.name, t.__name__ if t else '-'))
        return self.swallow
def run(action, swallow_outer, swallow_inner):
    log = []
    def f():
        for i in range(2):
            with CM(log, 'outer', swallow_outer) as o:
                with CM(log, 'inner', swallow_inner) as n:
                    log.append('body %s %s %d' % (o, n, i))
                    if action == 'raise':
                        raise ValueError
                    if action == 'return':
                        return 'returned'
                    if action == 'break':
                        break
                    if action == 'continue':
                        continue
                log.append('after inner')
            log.append('after outer')
        return 'end'
    try:
        r = f()
    except ValueError:
        r = 'ValueError'
    return r, log
for action in ['none', 'raise', 'return', 'break', 'continue']:
    for so in (False, True):
        for si in (False, True):
            print(action, so, si, run(action, so, si))
