def value():
    return 'sub value'
