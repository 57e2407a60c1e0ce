A = 'a-val'
from . import sub
