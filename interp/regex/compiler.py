"""Compile a parsed pattern (parser.py) into the SRE code list of rsre_core.

The code layout is CPython 2.7's sre_compile (the version rsre_core runs):
  INFO skip flags min max [prefix_len prefix_skip prefix... overlap...] | [charset]
  then the body, then SUCCESS.
Group g (numbered from 1) sets marks 2(g-1) and 2(g-1)+1."""
from rpython.rlib import jit, rstackovf
from interp.regex import consts as C
from interp.regex.consts import MAXREPEAT
from interp.regex import parser as P


class Compiled(object):
    def __init__(self, code, ngroups, groupnames, groupnums, flags):
        self.code = code
        self.ngroups = ngroups
        self.groupnames = groupnames
        self.groupnums = groupnums
        self.flags = flags


def unwrap(node):
    """The node inside non-capturing groups and one-item sequences."""
    while True:
        if isinstance(node, P.Group) and node.gid == 0:
            node = node.body
        elif isinstance(node, P.Seq) and len(node.items) == 1:
            node = node.items[0]
        else:
            return node


def is_simple(node):
    """A single-character node that rsre's REPEAT_ONE can count."""
    return (isinstance(node, P.Lit) or isinstance(node, P.NotLit) or
            isinstance(node, P.InSet) or isinstance(node, P.AnyChar))


# ____________________________________________________________
# character sets

def category_bitmap(cat, bits):
    """Set in bits (a list of 256 bools) the chars of an ASCII category;
    False if the category has members beyond 255 (the negated ones)."""
    if cat == C.CAT_DIGIT:
        for c in range(48, 58):
            bits[c] = True
    elif cat == C.CAT_SPACE:
        for c in range(9, 14):
            bits[c] = True
        bits[32] = True
    elif cat == C.CAT_WORD:
        for c in range(256):
            if C.has_case(c) or P.cp_is_digit(c) or c == 95:
                bits[c] = True
    else:
        return False
    return True


def compile_charset(code, items, negate, ignore):
    """The set body as check_charset reads it, ending with FAILURE."""
    if negate:
        code.append(C.OP_NEGATE)
    # a bitmap when every member is below 256
    bits = [False] * 256
    ok = True
    for item in items:
        if item.kind == P.SET_LIT:
            if item.a >= 256:
                ok = False
                break
            bits[item.a] = True
        elif item.kind == P.SET_RANGE:
            if item.b >= 256:
                ok = False
                break
            for c in range(item.a, item.b + 1):
                bits[c] = True
        else:
            if not category_bitmap(item.a, bits):
                ok = False
                break
    if ok:
        if ignore:
            # the matcher lowers the subject's char before the test
            lowered = [False] * 256
            for c in range(256):
                if bits[c]:
                    lowered[C.ascii_lower(c)] = True
            bits = lowered
        code.append(C.OP_CHARSET)
        for w in range(8):
            word = 0
            for k in range(32):
                if bits[w * 32 + k]:
                    word |= 1 << k
            code.append(word)
    else:
        for item in items:
            if item.kind == P.SET_LIT:
                code.append(C.OP_LITERAL)
                if ignore:
                    code.append(C.ascii_lower(item.a))
                else:
                    code.append(item.a)
            elif item.kind == P.SET_RANGE:
                if ignore:
                    code.append(C.OP_RANGE_IGNORE)
                else:
                    code.append(C.OP_RANGE)
                code.append(item.a)
                code.append(item.b)
            else:
                code.append(C.OP_CATEGORY)
                code.append(item.a)
    code.append(C.OP_FAILURE)


# ____________________________________________________________

class Compiler(object):
    def __init__(self, ngroups):
        self.code = []
        self.nextgroup = ngroups + 1      # hidden groups (for atomic groups)

    def emit(self, x):
        self.code.append(x)

    def compile_node(self, node):
        code = self.code
        if isinstance(node, P.Lit):
            if node.ignore:
                code.append(C.OP_LITERAL_IGNORE)
                code.append(C.ascii_lower(node.code))
            else:
                code.append(C.OP_LITERAL)
                code.append(node.code)
        elif isinstance(node, P.NotLit):
            if node.ignore:
                code.append(C.OP_NOT_LITERAL_IGNORE)
                code.append(C.ascii_lower(node.code))
            else:
                code.append(C.OP_NOT_LITERAL)
                code.append(node.code)
        elif isinstance(node, P.AnyChar):
            if node.dotall:
                code.append(C.OP_ANY_ALL)
            else:
                code.append(C.OP_ANY)
        elif isinstance(node, P.InSet):
            if node.ignore:
                code.append(C.OP_IN_IGNORE)
            else:
                code.append(C.OP_IN)
            skip = len(code)
            code.append(0)
            compile_charset(code, node.items, node.negate, node.ignore)
            code[skip] = len(code) - skip
        elif isinstance(node, P.At):
            code.append(C.OP_AT)
            code.append(node.code)
        elif isinstance(node, P.Seq):
            for item in node.items:
                self.compile_node(item)
        elif isinstance(node, P.Branch):
            code.append(C.OP_BRANCH)
            tails = []
            for alt in node.alts:
                skip = len(code)
                code.append(0)
                self.compile_node(alt)
                code.append(C.OP_JUMP)
                tails.append(len(code))
                code.append(0)
                code[skip] = len(code) - skip
            code.append(C.OP_FAILURE)
            for t in tails:
                code[t] = len(code) - t
        elif isinstance(node, P.Group):
            if node.gid > 0:
                code.append(C.OP_MARK)
                code.append((node.gid - 1) * 2)
                self.compile_node(node.body)
                code.append(C.OP_MARK)
                code.append((node.gid - 1) * 2 + 1)
            else:
                self.compile_node(node.body)
        elif isinstance(node, P.Repeat):
            body = unwrap(node.body)
            if is_simple(body):
                if node.greedy:
                    code.append(C.OP_REPEAT_ONE)
                else:
                    code.append(C.OP_MIN_REPEAT_ONE)
                skip = len(code)
                code.append(0)
                code.append(node.lo)
                code.append(node.hi)
                self.compile_node(body)
                code.append(C.OP_SUCCESS)
                code[skip] = len(code) - skip
            else:
                code.append(C.OP_REPEAT)
                skip = len(code)
                code.append(0)
                code.append(node.lo)
                code.append(node.hi)
                self.compile_node(body)
                code[skip] = len(code) - skip
                if node.greedy:
                    code.append(C.OP_MAX_UNTIL)
                else:
                    code.append(C.OP_MIN_UNTIL)
        elif isinstance(node, P.GroupRef):
            if node.ignore:
                code.append(C.OP_GROUPREF_IGNORE)
            else:
                code.append(C.OP_GROUPREF)
            code.append(node.gid - 1)
        elif isinstance(node, P.GroupRefExists):
            code.append(C.OP_GROUPREF_EXISTS)
            code.append(node.gid - 1)
            skipyes = len(code)
            code.append(0)
            self.compile_node(node.yes)
            no = node.no
            if no is not None:
                code.append(C.OP_JUMP)
                skipno = len(code)
                code.append(0)
                code[skipyes] = len(code) - skipyes + 1
                self.compile_node(no)
                code[skipno] = len(code) - skipno
            else:
                code[skipyes] = len(code) - skipyes + 1
        elif isinstance(node, P.Atomic):
            # (?>X) is (?=(X))\h with a hidden group h: the lookahead takes
            # the first way X matches, never backtracks into it
            h = self.nextgroup
            self.nextgroup += 1
            code.append(C.OP_ASSERT)
            skip = len(code)
            code.append(0)
            code.append(0)
            code.append(C.OP_MARK)
            code.append((h - 1) * 2)
            self.compile_node(node.body)
            code.append(C.OP_MARK)
            code.append((h - 1) * 2 + 1)
            code.append(C.OP_SUCCESS)
            code[skip] = len(code) - skip
            code.append(C.OP_GROUPREF)
            code.append(h - 1)
        elif isinstance(node, P.Assert):
            if node.negate:
                code.append(C.OP_ASSERT_NOT)
            else:
                code.append(C.OP_ASSERT)
            skip = len(code)
            code.append(0)
            if node.behind:
                lo, hi = node.body.width()
                if lo != hi:
                    raise P.RegexError("look-behind requires fixed-width pattern")
                code.append(lo)
            else:
                code.append(0)
            self.compile_node(node.body)
            code.append(C.OP_SUCCESS)
            code[skip] = len(code) - skip
        else:
            raise P.RegexError("internal error: unknown node")


def literal_prefix(tree):
    """The code points of the leading literals (case-sensitive) of the pattern."""
    prefix = []
    if isinstance(tree, P.Seq):
        items = tree.items
    else:
        items = [tree]
    for item in items:
        if isinstance(item, P.Lit) and not item.ignore:
            prefix.append(item.code)
        else:
            break
    return prefix


def compile_info(code, tree):
    lo, hi = tree.width()
    if lo >= MAXREPEAT:
        lo = MAXREPEAT - 1
    if hi > MAXREPEAT:
        hi = MAXREPEAT
    if hi == 65535:
        hi = 65536          # rsre's untranslated tests forbid the old MAXREPEAT value
    prefix = literal_prefix(tree)
    code.append(C.OP_INFO)
    skip = len(code)
    code.append(0)
    if len(prefix) > 1:
        code.append(C.INFO_PREFIX)
    else:
        code.append(0)
    code.append(lo)
    code.append(hi)
    if len(prefix) > 1:
        code.append(len(prefix))
        code.append(len(prefix))         # prefix_skip: they are the first ops
        for c in prefix:
            code.append(c)
        # the overlap table (Knuth-Morris-Pratt)
        table = [0] * (len(prefix) + 1)
        table[0] = -1
        for i in range(len(prefix)):
            table[i + 1] = table[i] + 1
            while table[i + 1] > 0 and prefix[i] != prefix[table[i + 1] - 1]:
                table[i + 1] = table[table[i + 1] - 1] + 1
        for i in range(1, len(table)):
            code.append(table[i])
    code[skip] = len(code) - skip


@jit.dont_look_inside
def compile_pattern(codes, is_bytes, flags):
    """codes: the pattern as a list of code points (bytes: 0..255).
    Raises RegexError, RegexOverflow or RegexRecursion."""
    try:
        parsed = P.parse(codes, is_bytes, flags)
        comp = Compiler(parsed.ngroups)
        compile_info(comp.code, parsed.tree)
        comp.compile_node(parsed.tree)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise P.RegexRecursion("maximum recursion depth exceeded")
    comp.code.append(C.OP_SUCCESS)
    code = comp.code[:]      # a fixed list for rsre's 'pattern[*]'
    return Compiled(code, parsed.ngroups, parsed.groupnames, parsed.groupnums,
                    parsed.flags)
