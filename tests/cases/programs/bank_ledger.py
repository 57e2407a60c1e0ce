ledger = [('deposit', 100), ('withdraw', 30), ('deposit', 45), ('withdraw', 200), ('fee', 5)]
balance = 0
history = []
for kind, amount in ledger:
    if kind == 'deposit':
        balance += amount
    elif kind == 'withdraw':
        if amount > balance:
            history.append('rejected %d' % amount)
            continue
        balance -= amount
    else:
        balance -= amount
    history.append('%s %d -> %d' % (kind, amount, balance))
print('\n'.join(history))
print('final', balance)
