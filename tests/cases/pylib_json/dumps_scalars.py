import json

for v in [None, True, False, 0, 1, -1, 123456789012345678901234567890, -2**63,
          0.0, 1.5, -2.25, 'abc', '', 'with space']:
    print(json.dumps(v))
print(repr(json.dumps(None)), type(json.dumps(1)).__name__)
