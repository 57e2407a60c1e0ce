def is_palindrome(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
for t in ['racecar', 'A man, a plan, a canal: Panama', 'hello', '']:
    print(repr(t), is_palindrome(t))
def caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
print(rle('aaabccddddde'))
