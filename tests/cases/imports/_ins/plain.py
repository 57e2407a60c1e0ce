NS_PLAIN = 'plain'
