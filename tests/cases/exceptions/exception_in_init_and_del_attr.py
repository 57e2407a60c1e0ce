class Fragile:
    def __init__(self, ok):
        if not ok:
            raise ValueError('cannot build')
        self.ok = ok
objs = []
for flag in [True, False, True]:
    try:
        objs.append(Fragile(flag))
    except ValueError as e:
        print('construction failed:', e)
print(len(objs))
class Strict:
    def __getattr__(self, name):
        raise AttributeError('no ' + name)
try:
    Strict().missing
except AttributeError as e:
    print('AttributeError', e)
print(getattr(Strict(), 'missing', 'fallback'))
