B = 'module b'
