print(hash(1) == hash(1), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)))
print(hash(True) == hash(1), hash(0) == hash(0.0) == hash(False))
print(isinstance(hash('x'), int), isinstance(hash(3.5), int), isinstance(id([]), int))
a = []
b = a
print(id(a) == id(b), id(a) == id([]) if False else True)
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
