import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('nope')

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=enc, sort_keys=True))
try:
    json.dumps(1j, default=enc)
except TypeError as e:
    print(type(e).__name__)
