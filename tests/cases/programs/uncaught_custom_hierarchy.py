class AppError(Exception):
    pass
class DbError(AppError):
    pass
def query():
    raise DbError('connection lost')
try:
    query()
except ValueError:
    print('wrong handler')
finally:
    print('cleanup done')
