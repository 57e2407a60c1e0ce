# capitalize/title/swapcase/casefold/istitle and friends (ASCII text)
for s in ['hello world', 'HeLLo wOrld', "they're bill's", 'a1b2', '', 'ABC', 'Title Case',
          'x\ty', '_id1', '1id', 'snake_case_name', '  lead', 'MiXeD123abc', 'a-b c.d']:
    print(repr(s), s.capitalize(), s.title(), s.swapcase(), s.casefold(), s.istitle())
    print(' ', s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
print('\x07bell'.isprintable(), 'del\x7f'.isprintable(), 'class'.isidentifier(), ''.isidentifier())
