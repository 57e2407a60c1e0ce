def a():
    try:
        {}['x']
    except KeyError:
        raise ValueError('bad config')
print('calling')
a()
