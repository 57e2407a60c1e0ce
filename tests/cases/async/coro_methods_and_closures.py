def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Account:
    def __init__(self, balance):
        self.balance = balance

    async def deposit(self, n):
        self.balance += n
        return self.balance

    async def transfer(self, other, n):
        self.balance -= n
        return await other.deposit(n)

    @staticmethod
    async def helper(x):
        return x + 1

    @classmethod
    async def create(cls, n):
        return cls(n)


async def main():
    a = await Account.create(100)
    b = Account(5)
    print(await a.transfer(b, 30), a.balance, b.balance)
    print(await Account.helper(41))

    def make(k):
        async def inner(x):
            return x * k
        return inner

    triple = make(3)
    print(await triple(7))
    f = lambda: triple(2)
    print(await f())
    return "ok"


print(run(main()))
