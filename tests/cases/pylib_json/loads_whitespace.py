import json

print(json.loads(' \t\n\r[ \t1 \n, \r2\t]\n '))
print(json.loads('{ "a" : 1 , "b" :\n[ ] }'))
print(json.loads('\n\n  "x"  \n'))
print(json.loads('[\r\n1\r\n]'))
for s in ['\x0c1', '\x0b1', '[1,\x0c2]', '\u00a01']:
    try:
        json.loads(s)
        print('ok')
    except ValueError:
        print('ValueError')
