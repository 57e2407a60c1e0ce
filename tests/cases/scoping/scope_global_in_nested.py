count = 0
def outer():
    def inner():
        global count
        count += 1
    inner()
    inner()
outer()
print(count)
def shadow():
    count = 100
    def inner():
        global count
        return count
    return inner(), count
print(shadow())
def assign_global_from_class():
    class K:
        global gk
        gk = 'set in class'
    return K
assign_global_from_class()
print(gk)
