class cm_from_gen:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(v)
            except StopIteration:
                return True
            except BaseException as e:
                if e is v:
                    return False
                raise
        return False
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with cm_from_gen(tag('div')) as t:
    print('inside', t)
    with cm_from_gen(tag('p')) as u:
        print('nested', u)
try:
    with cm_from_gen(tag('err')):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
