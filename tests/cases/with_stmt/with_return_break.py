class L:
    def __init__(self, n, log):
        self.n, self.log = n, log
    def __enter__(self):
        self.log.append('in' + self.n)
    def __exit__(self, *a):
        self.log.append('out' + self.n)
def f(log):
    with L('1', log):
        with L('2', log):
            return 'ret'
log = []
print(f(log), log)
log = []
for i in range(3):
    with L(str(i), log):
        if i == 1:
            break
print(log)
log = []
while True:
    with L('w', log):
        log.append('body')
        break
print(log)
