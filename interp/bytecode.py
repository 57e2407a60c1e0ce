"""The instruction set.  Every instruction is 3 bytes: opcode, arg low, arg high;
EXTENDED_ARG prefixes carry higher argument bits.  Jump arguments are absolute
byte offsets.  Exceptions use a table of (start, end, handler, depth) ranges
instead of a block stack."""

_names = """
NOP POP_TOP ROT_TWO ROT_THREE ROT_FOUR DUP_TOP DUP_TOP_TWO EXTENDED_ARG
LOAD_CONST LOAD_FAST STORE_FAST DELETE_FAST LOAD_DEREF STORE_DEREF DELETE_DEREF
LOAD_CLOSURE LOAD_CLASSDEREF LOAD_GLOBAL STORE_GLOBAL DELETE_GLOBAL
LOAD_NAME STORE_NAME DELETE_NAME LOAD_ATTR STORE_ATTR DELETE_ATTR
LOAD_METHOD CALL_METHOD CALL_METHOD_KW
BINARY_OP INPLACE_OP UNARY_OP COMPARE_OP
BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BUILD_SLICE
BUILD_TUPLE BUILD_LIST BUILD_SET BUILD_MAP BUILD_CONST_KEY_MAP
LIST_APPEND SET_ADD MAP_ADD LIST_EXTEND SET_UPDATE DICT_UPDATE DICT_MERGE LIST_TO_TUPLE
BUILD_STRING FORMAT_VALUE
UNPACK_SEQUENCE UNPACK_EX
JUMP POP_JUMP_IF_FALSE POP_JUMP_IF_TRUE JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP
GET_ITER FOR_ITER
MAKE_FUNCTION CALL_FUNCTION CALL_FUNCTION_KW CALL_FUNCTION_EX RETURN_VALUE
YIELD_VALUE GET_YIELD_FROM_ITER YIELD_FROM LOAD_BUILD_CLASS
RAISE_VARARGS PUSH_EXC_INFO POP_EXCEPT RERAISE POP_EXCEPT_AND_RERAISE
JUMP_IF_NOT_EXC_MATCH BEFORE_WITH WITH_EXIT WITH_EXCEPT_START
IMPORT_NAME IMPORT_FROM IMPORT_STAR
LOAD_ASSERTION_ERROR PRINT_EXPR
GET_AWAITABLE GET_AITER GET_ANEXT BEFORE_ASYNC_WITH END_ASYNC_FOR ASYNC_GEN_WRAP
""".split()

opnames = ['<%d>' % i for i in range(256)]
for _i, _name in enumerate(_names):
    globals()[_name] = _i
    opnames[_i] = _name

HAS_JUMP = [JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
            JUMP_IF_TRUE_OR_POP, FOR_ITER, JUMP_IF_NOT_EXC_MATCH]

# code flags
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_CLASSBODY = 0x1000

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_CLOSURE = 8

# FORMAT_VALUE flags
FV_CONV_MASK = 3
FV_STR, FV_REPR, FV_ASCII = 1, 2, 3
FV_HAS_SPEC = 4


def stack_effect(op, arg):
    """Net stack effect of an instruction (for the non-jumping path)."""
    if op in (NOP, EXTENDED_ARG, ROT_TWO, ROT_THREE, ROT_FOUR, JUMP, UNARY_OP,
              GET_ITER, LIST_TO_TUPLE, GET_YIELD_FROM_ITER, LOAD_ATTR, DELETE_FAST,
              DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
              YIELD_VALUE, GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP):
        return 0
    if op in (POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
              BINARY_OP, INPLACE_OP, COMPARE_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD,
              LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, POP_JUMP_IF_FALSE,
              POP_JUMP_IF_TRUE, RETURN_VALUE, IMPORT_STAR, PRINT_EXPR, POP_EXCEPT,
              RERAISE, YIELD_FROM, IMPORT_NAME, WITH_EXIT):
        return -1
    if op in (DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
              LOAD_GLOBAL, LOAD_NAME, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR,
              PUSH_EXC_INFO, IMPORT_FROM, BEFORE_WITH, WITH_EXCEPT_START, GET_ANEXT,
              BEFORE_ASYNC_WITH, LOAD_METHOD):
        return 1
    if op == DUP_TOP_TWO:
        return 2
    if op == STORE_ATTR:
        return -2
    if op in (STORE_SUBSCR,):
        return -3
    if op == DELETE_SUBSCR:
        return -2
    if op == MAP_ADD:
        return -2
    if op == BUILD_SLICE:
        return 1 - arg
    if op in (BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING):
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == BUILD_CONST_KEY_MAP:
        return -arg
    if op == FORMAT_VALUE:
        return -1 if arg & FV_HAS_SPEC else 0
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op in (JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP):
        return -1
    if op == FOR_ITER:
        return 1
    if op == MAKE_FUNCTION:
        n = 1   # qualname is in the code object; pops code
        if arg & MF_DEFAULTS:
            n += 1
        if arg & MF_KWDEFAULTS:
            n += 1
        if arg & MF_CLOSURE:
            n += 1
        return 1 - n
    if op == CALL_FUNCTION:
        return -arg
    if op == CALL_FUNCTION_KW:
        return -arg - 1
    if op == CALL_FUNCTION_EX:
        return -2 if arg & 1 else -1
    if op == CALL_METHOD:
        return -arg - 1
    if op == CALL_METHOD_KW:
        return -arg - 2
    if op == RAISE_VARARGS:
        return -arg
    if op == POP_EXCEPT_AND_RERAISE:
        return -2
    if op == JUMP_IF_NOT_EXC_MATCH:
        return -1
    if op == END_ASYNC_FOR:
        return -2
    raise ValueError("stack_effect: unknown opcode %d" % op)
