text = """first line
second line

fourth line"""
lines = text.splitlines()
print(len(lines))
for i, l in enumerate(lines):
    print(i, repr(l), len(l.split()))
words = text.split()
print(words)
print(' '.join(w.upper() for w in words if len(w) > 4))
print('\n'.join(reversed(lines)))
