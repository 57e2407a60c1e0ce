def risky(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise KeyError('k')
    if kind == 3:
        raise KeyboardInterrupt
    return 'fine'
for k in range(4):
    try:
        print(risky(k))
    except (ValueError, KeyError) as e:
        print('data error', type(e).__name__)
    except Exception:
        print('other')
    except BaseException as e:
        print('base', type(e).__name__)
try:
    raise Exception('plain')
except BaseException as e:
    print('BaseException catches', e)
