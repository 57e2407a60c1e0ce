try:
    input()
except EOFError:
    print('EOFError on empty stdin')
