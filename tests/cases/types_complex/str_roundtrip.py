vals = [1 + 2j, -1.5 - 0.25j, 1e20j, complex(1e-10, -1e10), 0j, -1j, complex(-0.0, 1),
        complex(0.1, 0.7), complex(123.456, 789.0125)]
for z in vals:
    r = repr(z)
    back = complex(r)
    print(r, back == z, eval(r) == z)
