class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise DbError(42, 'db down')
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e))
class Quiet(Exception):
    def __str__(self):
        return 'quiet!'
try:
    raise Quiet()
except Exception as e:
    print(e)
print(issubclass(DbError, Exception), issubclass(DbError, BaseException))
