import io
import json

buf = io.StringIO()
json.dump({'a': [1, 2, 3], 'b': 'text'}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, {'x': None}], buf, separators=(',', ':'))
print(buf.getvalue())
buf = io.StringIO()
json.dump('x', buf)
json.dump(5, buf)
print(buf.getvalue())

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

s = Sink()
json.dump({'k': [True, False]}, s)
print(''.join(s.parts))
