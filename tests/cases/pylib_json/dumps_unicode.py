import json

print(json.dumps('caf\u00e9'))
print(json.dumps('\u20ac 100'))
print(json.dumps('\u00ff\u0100\u0fff\u1234\uabcd\uffff'))
print(json.dumps('\U0001f600'))
print(json.dumps('a\U00010000b\U0010ffffc'))
print(json.dumps({'cl\u00e9': ['\u4e2d\u6587']}))
print(json.dumps('\x80\x9f\xa0'))
s = json.dumps('caf\u00e9 \U0001f600', ensure_ascii=False)
print(len(s), s.encode('utf-8'))
print(json.dumps('\x7f\n"', ensure_ascii=False))
