samples = ['plain', "single'quote", 'double"quote', 'both\'"', 'back\\slash', 'new\nline',
           'tab\t', 'bell\x07', 'nul\x00', 'del\x7f', 'latin\xe9', 'euro\u20ac', '\r\n']
for s in samples:
    print(repr(s), len(s))
print(repr(samples[:3]))
print(str(samples[:2]))
