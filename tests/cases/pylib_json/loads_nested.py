import json

print(json.loads('[]'), json.loads('{}'))
print(json.loads('[[],[[]],{}]'))
print(json.loads('{"a":{"b":{"c":[1,{"d":null}]}}}'))
d = json.loads('{"z":1,"a":2,"m":[true,false,null]}')
print(d, list(d.keys()))
print(json.loads('{"a":1,"a":2}'))
print(json.loads('{"":""}'))
doc = '''
{
  "name": "widget",
  "tags": ["a", "b"],
  "size": {"w": 10, "h": 2.5},
  "ok": true,
  "none": null
}
'''
v = json.loads(doc)
print(v['name'], v['tags'], v['size']['h'], v['ok'], v['none'])
print(sorted(v.keys()))
deep = '[' * 50 + '1' + ']' * 50
x = json.loads(deep)
n = 0
while isinstance(x, list):
    x = x[0]
    n += 1
print(n, x)
