class BankAccount:
    interest = 0.05
    accounts = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts += 1
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('positive only')
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError('insufficient')
        self.balance -= amt
        self.history.append(('wd', amt))
    def __repr__(self):
        return '%s: %d' % (self.owner, self.balance)
acc = BankAccount('ann', 100)
acc.deposit(50)
for amt in [30, 500, -1]:
    try:
        if amt > 0:
            acc.withdraw(amt)
        else:
            acc.deposit(amt)
    except ValueError as e:
        print('error:', e)
print(acc, acc.history, BankAccount.accounts)
print('%.2f' % (acc.balance * (1 + acc.interest)))
