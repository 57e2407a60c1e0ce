s = 'Hello World 123'
print(s.upper(), s.lower())
print(s.isupper(), s.islower(), 'ABC'.isupper(), 'abc'.islower(), '123'.isupper())
print('abc'.isalpha(), 'ab1'.isalpha(), '123'.isdigit(), '12a'.isdigit(), ''.isdigit())
print(' \t\n'.isspace(), ' a '.isspace(), ''.isspace())
print('abc123'.isalnum(), 'abc 123'.isalnum())
print('MiXeD'.lower(), 'MiXeD'.upper())
