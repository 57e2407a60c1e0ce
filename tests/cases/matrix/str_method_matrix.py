strs = ['', ' ', 'a', 'abc', '  abc  ', 'a,b,,c', 'AbC dEf', 'x\ny\n', '\tpad\t', 'aaa', 'abcabcabc', '12', '-3']
args = ['a', 'b', 'abc', ',', ' ', '', 'z']
for s in strs:
    print(repr(s))
    print(' ', s.split(), s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower())
    print(' ', s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.splitlines())
    for a in args:
        r = [s.count(a), s.find(a), s.rfind(a), s.startswith(a), s.endswith(a), a in s,
             s.replace(a, '#'), s.partition(a) if a else None, s.rpartition(a) if a else None]
        if a:
            r.append(s.split(a))
            r.append(s.rsplit(a, 1))
            r.append(s.strip(a))
        print(' ', repr(a), r)
