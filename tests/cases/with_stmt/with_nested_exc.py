log = []
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append('open%d' % self.n)
        return self.n
    def __exit__(self, *exc):
        log.append('close%d' % self.n)
try:
    with Res(1) as a:
        with Res(2) as b:
            log.append('use %d %d' % (a, b))
            raise RuntimeError
except RuntimeError:
    log.append('handled')
print(log)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, t, v, tb):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
