class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
try:
    raise MyError('boom')
except MyError as e:
    print('MyError', e, e.args)
try:
    raise DetailedError(42, 'bad thing')
except MyError as e:
    print(type(e).__name__, e.code, e.msg, e.args, isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise WithStr()
except Exception as e:
    print(str(e))
print(issubclass(DetailedError, MyError), issubclass(MyError, Exception), issubclass(MyError, BaseException))
e = MyError(1, 2)
print(e.args, str(e), len(e.args))
print(str(MyError()), repr(str(MyError('x'))))
