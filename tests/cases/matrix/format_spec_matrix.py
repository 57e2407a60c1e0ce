ints = [0, 7, -7, 42, 1234, -98765, 2 ** 40]
ispecs = ['', 'd', '5d', '<5d', '>6', '^7', '+d', ' d', '05d', 'x', 'X', '#x', 'o', '#o', 'b', '#010b', ',', '*>8', '0=8']
for spec in ispecs:
    print('%-6s' % spec, [format(v, spec) for v in ints])
floats = [0.0, 1.5, -2.25, 100.0, 0.125, 12345.5, -0.0625]
fspecs = ['', 'f', '.1f', '.3f', '10.2f', '<10.1f', '^10.1f', '+.2f', '08.3f', 'e', '.2e', 'g', '.3g', '%', '.1%']
for spec in fspecs:
    print('%-6s' % spec, [format(v, spec) for v in floats])
strs = ['', 'a', 'abc', 'hello world']
sspecs = ['', 's', '5', '<5', '>5', '^5', '*^9', '.2', '>8.3', '-<4']
for spec in sspecs:
    print('%-6s' % spec, [format(v, spec) for v in strs])
for fmt in ['%d', '%5d', '%-5d|', '%05d', '%+d', '%x', '%X', '%o', '%#x', '%#o']:
    print(fmt, [fmt % v for v in [0, 7, -42, 255, 2 ** 70]])
for fmt in ['%e', '%.2f', '%8.3f', '%g', '%s', '%r', '%d']:
    print(fmt, [fmt % v for v in [0, 7, -42, 3.5, 255]])
