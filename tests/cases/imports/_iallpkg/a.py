A = 'module a'
