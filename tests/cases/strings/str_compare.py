words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print('a' < 'b' < 'c', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a')
print('abc' == 'abc', 'abc' is not None, 'a' * 3 == 'aaa')
print(max(words), min(words))
print('abc' < 'ABC', 'a' > 'A')
