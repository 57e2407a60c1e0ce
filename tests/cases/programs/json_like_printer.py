def dump(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        print(pad + '{')
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(pad + '  ' + repr(k) + ':')
                dump(v, indent + 2)
            else:
                print(pad + '  %r: %r' % (k, v))
        print(pad + '}')
    elif isinstance(obj, list):
        print(pad + '[')
        for v in obj:
            dump(v, indent + 1)
        print(pad + ']')
    else:
        print(pad + repr(obj))
dump({'name': 'micropy', 'version': [1, 0], 'deps': {'rpython': '0.2.1'}, 'ok': True, 'n': None})
