import json

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)

data = {'a': [1, {'b': []}], 'c': {}}
show(json.dumps, data, indent=-3)
show(json.dumps, data, indent=True)
show(json.dumps, data, indent='\t')
show(json.dumps, data, indent='')
show(json.dumps, data, indent=None)
show(json.dumps, data, indent=2.0)
show(json.dumps, data, indent='ab', separators=('|', '='))
show(json.dumps, data, separators=None)
show(json.dumps, data, separators=iter([',', ':']))
show(json.dumps, data, separators=(',',))
show(json.dumps, data, separators=(',', ':', '!'))
show(json.dumps, data, separators=5)
show(json.dumps, data, default=None)
show(json.dumps, data, sort_keys=1, skipkeys=0, ensure_ascii=[], allow_nan='',
     check_circular=None)
show(json.dumps, data, bogus=1)
show(json.dumps)
show(json.dumps, obj=[1, 2])
show(json.dumps, [1], obj=2)
show(json.loads, s='[1]')
show(json.loads)
show(json.loads, '[1]', bogus=2)
show(json.loads, 5)
show(json.loads, None)
show(json.loads, ['[1]'])
show(json.load, 5)
show(json.dump, [1])
show(json.dump, [1], 5)
shared = {'x': 1}
show(json.dumps, [shared, shared], check_circular=False)
show(json.dumps, [float('nan')], allow_nan=False)
show(json.dumps, {float('inf'): 1}, allow_nan=False)
show(json.dumps, {float('inf'): 1})
show(json.dumps, [1.0, -0.0, 1e16, 1e-5, 123456789.125, 2.0**60, 1/3])
show(json.dumps, [2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**30, -10**30])
