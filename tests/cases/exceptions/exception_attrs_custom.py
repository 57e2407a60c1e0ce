class HTTPError(Exception):
    def __init__(self, status, reason='unknown'):
        super().__init__(status)
        self.status = status
        self.reason = reason
    def __str__(self):
        return 'HTTP %d: %s' % (self.status, self.reason)
class NotFound(HTTPError):
    def __init__(self):
        super().__init__(404, 'not found')
for exc in [HTTPError(500), NotFound(), HTTPError(418, 'teapot')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound:', e, e.status)
    except HTTPError as e:
        print('HTTPError:', e, e.args)
