import io
import json

print(json.load(io.StringIO('{"a": [1, 2, {"b": false}]}')))
print(json.load(io.StringIO('  "text"  ')))
print(json.load(io.BytesIO(b'[1.5, null]')))
buf = io.StringIO()
json.dump({'round': ['trip', 1, 2.5, None]}, buf)
buf.seek(0)
print(json.load(buf))
try:
    json.load(io.StringIO('[1, 2'))
except ValueError:
    print('ValueError')
