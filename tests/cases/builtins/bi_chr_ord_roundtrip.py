s = 'Hello, Wörld! ✓'
codes = [ord(c) for c in s]
print(codes)
print(''.join(chr(c) for c in codes) == s)
print(max(codes), min(codes), chr(max(codes)))
print(sorted(set(c for c in s.lower() if c.isalpha() or ord(c) > 127)))
