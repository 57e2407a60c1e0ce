# helper module for globals_cache tests: its functions read its own globals
x = 1
calls = 0


def get_x():
    return x


def bump():
    global calls
    calls += 1
    return calls


def uses_len(s):
    return len(s)


def later_caller():
    return defined_later() + 1


def defined_later():
    return 10
