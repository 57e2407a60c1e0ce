NS = 'namespace-mod'
