import _circ2
V1 = 1
def get(): return _circ2.V2
