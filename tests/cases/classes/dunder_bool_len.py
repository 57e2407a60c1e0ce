class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print(bool(Empty()), bool(Full()), len(Full()), bool(B(True)), bool(B(False)))
print('yes' if Full() else 'no', 'yes' if Empty() else 'no', not B(False))
print([x for x in [Empty(), Full(), B(True), B(False)] if x].__len__())
while Empty():
    print('never')
print(B(True) and 'and-value', B(False) or 'or-value')
