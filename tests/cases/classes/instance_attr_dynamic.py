class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return 'Config(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.__dict__.items()))
c = Config(host='localhost', port=8080, debug=True)
print(c, c.port)
c.port += 1
c.extra = [1]
print(c)
del c.debug
print(c, hasattr(c, 'debug'))
