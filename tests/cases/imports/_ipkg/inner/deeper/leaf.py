from ... import sub1 as top_sub1
from ...inner import INNER
from .. import deep
LEAF = (top_sub1.S1, INNER, deep.DEEP[0])
NAME = __name__
