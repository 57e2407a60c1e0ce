for f in [lambda: {[1]}, lambda: set().remove(1), lambda: set().pop(), lambda: {1} + {2},
          lambda: set(5), lambda: {1}.add([])]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__)
