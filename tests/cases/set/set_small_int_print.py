print({1}, {0}, set([7]))
print(sorted({'b', 'a', 'c'}))
s = {1, 2, 3}
t = {3, 2, 1}
print(s == t, len(s | t))
