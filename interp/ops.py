"""Operator numbering shared by the AST, the compiler and the object space."""

ADD, SUB, MUL, MATMUL, TRUEDIV, MOD, POW, LSHIFT, RSHIFT, OR, XOR, AND, FLOORDIV = range(1, 14)

BINOP_NAMES = ['', '__add__', '__sub__', '__mul__', '__matmul__', '__truediv__', '__mod__',
               '__pow__', '__lshift__', '__rshift__', '__or__', '__xor__', '__and__',
               '__floordiv__']
RBINOP_NAMES = ['', '__radd__', '__rsub__', '__rmul__', '__rmatmul__', '__rtruediv__',
                '__rmod__', '__rpow__', '__rlshift__', '__rrshift__', '__ror__', '__rxor__',
                '__rand__', '__rfloordiv__']
IBINOP_NAMES = ['', '__iadd__', '__isub__', '__imul__', '__imatmul__', '__itruediv__',
                '__imod__', '__ipow__', '__ilshift__', '__irshift__', '__ior__', '__ixor__',
                '__iand__', '__ifloordiv__']
BINOP_SYMBOLS = ['', '+', '-', '*', '@', '/', '%', '**', '<<', '>>', '|', '^', '&', '//']

# comparisons (values used by COMPARE_OP)
LT, LE, EQ, NE, GT, GE, IN, NOT_IN, IS, IS_NOT = range(10)
CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
CMP_SWAPPED = [GT, GE, EQ, NE, LT, LE]
CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>=']

# unary
NEG, POS, INVERT, NOT = range(4)
UNARY_NAMES = ['__neg__', '__pos__', '__invert__', '']


def compare_strings(op, a, b):
    """Comparison `op` (LT..GE) of two RPython strings: bytes, or str's UTF-8
    (whose byte order is code point order)."""
    if op == LT:
        return a < b
    elif op == LE:
        return a <= b
    elif op == EQ:
        return a == b
    elif op == NE:
        return a != b
    elif op == GT:
        return a > b
    return a >= b
