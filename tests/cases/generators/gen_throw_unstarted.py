def g():
    print("body runs")
    try:
        yield 1
    except ValueError:
        print("handled")
        yield 2


it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("came straight out:", e)
try:
    next(it)
except StopIteration:
    print("and the generator is finished")

it = g()
print(next(it))
print(it.throw(ValueError))
try:
    it.throw(ValueError)
except ValueError:
    print("second throw not handled")
