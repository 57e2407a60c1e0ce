class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = 'p'
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def get(self):
        return self.__balance
a = Account(10)
print(a.deposit(5), a.get(), a._protected)
try:
    a.__balance
except AttributeError:
    print('AttributeError')
print(a._Account__balance)
