import _circ1
V2 = 2
