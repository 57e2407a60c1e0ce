"""A run-time regular expression compiler: pattern text -> the SRE code list
that rpython.rlib.rsre.rsre_core runs (parser.py, then compiler.py)."""
