for f in [lambda: [][0], lambda: [1, 2][5], lambda: [1].pop(3), lambda: [].remove(0),
          lambda: [1] + (2,), lambda: [1] * 'a', lambda: [1, 2]['a'], lambda: list(5),
          lambda: [3, 'a'].sort(), lambda: [1].index(5)]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__)
