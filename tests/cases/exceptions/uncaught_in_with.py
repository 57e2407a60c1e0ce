class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit called with', t.__name__ if t else None)
        return False
with CM():
    print('body')
    raise IndexError('from with body')
