import json

print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps('\n\r\t\b\f'))
for i in range(0, 0x20):
    print(i, json.dumps(chr(i)))
print(json.dumps('\x7f'), json.dumps('~'), json.dumps(' '))
print(json.dumps({'k"ey\n': 'v\\al'}))
print(json.dumps(['a\x00b', 'tab\tin']))
