import os
import io


class Tee(io.IOBase):
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data += b
        return len(b)


t = Tee()
print(os.dupterm(t))
print('copied', 1)
prev = os.dupterm(None)
print(prev is t)
print('not copied')
print(t.data)


print(os.dupterm(None))
