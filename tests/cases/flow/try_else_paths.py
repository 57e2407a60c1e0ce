def t(exc):
    log = []
    try:
        log.append('body')
        if exc:
            raise exc
    except ValueError:
        log.append('except-value')
    except (TypeError, KeyError) as e:
        log.append('except-' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for e in [None, ValueError, TypeError('x'), KeyError]:
    print(t(e))
try:
    t(IndexError)
except IndexError:
    print('IndexError escaped')
def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise RuntimeError('from else')
try:
    else_raises()
except RuntimeError as e:
    print('caught', e)
