# CPython oracle used to write the decompress_*.exp files (PYTHONPATH=_oracle):
# decompression through CPython's zlib module.
import zlib
AUTO, RAW, ZLIB, GZIP = 0, 1, 2, 3
class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False):
        if format not in (0, 1, 2, 3): raise ValueError('format')
        if wbits != 0 and not 5 <= wbits <= 15: raise ValueError('wbits')
        self.s = stream; self.f = format; self.w = wbits; self.c = close
        self.data = None; self.pos = 0
    def _load(self):
        if self.s is None: raise OSError(22)
        if self.data is None:
            raw = self.s.read()
            wb = {AUTO: 47, RAW: -15, ZLIB: 15, GZIP: 31}[self.f]
            d = zlib.decompressobj(wb)
            try:
                out = d.decompress(raw)
            except zlib.error:
                raise OSError(22)
            if not d.eof: raise EOFError
            if d.unused_data: self.s.seek(-len(d.unused_data), 1)
            self.data = out
    def read(self, n=-1):
        self._load()
        if n is None or n < 0: n = len(self.data)
        r = self.data[self.pos:self.pos + n]; self.pos += len(r); return r
    def readinto(self, buf):
        r = self.read(len(buf)); buf[:len(r)] = r; return len(r)
    def readline(self, size=-1):
        self._load()
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        if size is not None and size >= 0: end = min(end, self.pos + size)
        r = self.data[self.pos:end]; self.pos = end; return r
    def close(self):
        if self.s is not None and self.c: self.s.close()
        self.s = None
    def __enter__(self): return self
    def __exit__(self, *a): self.close()
