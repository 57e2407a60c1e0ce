ba = bytearray(b'abcdef')
mv = memoryview(ba)
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.readonly)
print(mv.obj is ba)
s = mv[1:4]
print(s.nbytes, s.shape, s.obj is ba, s.contiguous)
r = memoryview(b'xyz')
print(r.readonly, r.obj == b'xyz', r.c_contiguous)
