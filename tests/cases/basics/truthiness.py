class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
for v in [0, 1, 0.0, '', 'x', [], [0], (), {}, None, Z(), L(), N(), range(0), range(1)]:
    print(type(v).__name__, bool(v), 'yes' if v else 'no')
print(not Z(), not N())
