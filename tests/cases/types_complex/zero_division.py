def attempt(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)

attempt(lambda: 1j / 0)
attempt(lambda: 1j / 0.0)
attempt(lambda: 1j / 0j)
attempt(lambda: 1 / 0j)
attempt(lambda: 2.5 / complex(0, 0))
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: 0j ** (-1 + 0j))
attempt(lambda: 0j ** -2.5)
