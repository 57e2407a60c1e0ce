for s in ['', 'a', 'A', '1', ' ', 'aA', 'a1', 'A1', '\t', 'abc def']:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
