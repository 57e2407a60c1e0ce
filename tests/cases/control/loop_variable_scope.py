funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
for x in range(5):
    pass
print(x)
k = 'unchanged'
[k for k in range(3)]
print(k)
