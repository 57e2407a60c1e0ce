# json.loads: objects sharing key names (the decoder reuses one string per
# key), keys with escapes, duplicate keys, and independent resulting dicts.
import json

recs = [{"id": i, "name": "n%d" % i, "dims": {"w": i, "h": -i, "unit": "cm"}}
        for i in range(50)]
text = json.dumps({"records": recs, "name": "top"})
back = json.loads(text)
print(back["records"] == recs, back["name"])
print(list(back["records"][7].keys()), list(back["records"][7]["dims"].keys()))
back["records"][0]["name"] = "changed"
back["records"][0]["extra"] = 1
print(back["records"][1], len(back["records"][0]))
a, b = back["records"][3], back["records"][4]
ka = [k for k in a]
kb = [k for k in b]
print(ka == kb, [k == "dims" for k in ka])

# keys with escapes and non-ASCII decode to the same key as the plain form
d = json.loads('[{"k\\u00e9y": 1, "na\\"me": 2}, {"k\u00e9y": 3, "na\\"me": 4}]')
print(d, [list(x) for x in d])
print(d[0]["k\u00e9y"], d[1]['na"me'])
# a duplicate key: the last value wins, the key keeps its first position
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
# the same text as a key and as a value
print(json.loads('{"v": "v", "w": {"v": ["v", {"v": 0}]}}'))
# empty key, keys that look like numbers
print(json.loads('{"": 0, "1": 1, "01": 2}'), json.loads('[{"": 5}, {"": 6}]'))
# errors still reported after keys were memoized
for bad in ['{"a": 1, "a" 2}', '[{"x": 1}, {"x": }]', '{"a": 1, "b": 2,}']:
    try:
        json.loads(bad)
    except ValueError as e:
        print("ValueError", isinstance(e, ValueError))
