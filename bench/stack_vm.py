# A bytecode interpreter written in Python: a tiny stack VM (a dispatch
# loop over a list of (opcode, argument) pairs, with locals, jumps, calls
# and returns) runs a program that sums a prime sieve and computes an
# iterative Fibonacci modulo a prime.  Size: N is the sieve limit.
import sys

N = 120000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, EQ, JMP, JZ, CALL, RET, HALT,
 DUP, POP, NEWARR, ALOAD, ASTORE, PRINT) = range(20)


def assemble(src):
    """Two-pass assembler: labels end with ':'; operands are ints or labels."""
    labels = {}
    pc = 0
    toks = []
    for line in src.strip().split("\n"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = pc
            continue
        toks.append(line.split())
        pc += 1
    names = {"push": PUSH, "load": LOAD, "store": STORE, "add": ADD, "sub": SUB,
             "mul": MUL, "mod": MOD, "lt": LT, "eq": EQ, "jmp": JMP, "jz": JZ,
             "call": CALL, "ret": RET, "halt": HALT, "dup": DUP, "pop": POP,
             "newarr": NEWARR, "aload": ALOAD, "astore": ASTORE, "print": PRINT}
    code = []
    for t in toks:
        arg = 0
        if len(t) > 1:
            arg = labels[t[1]] if t[1] in labels else int(t[1])
        code.append((names[t[0]], arg))
    return code


PROGRAM = """
    # locals: 0 = n, 1 = arr, 2 = i, 3 = j, 4 = sum
    store 0
    load 0
    newarr
    store 1
    push 2
    store 2
    push 0
    store 4
outer:
    load 2
    load 0
    lt
    jz done
    load 1
    load 2
    aload
    jz prime
    jmp next
prime:
    load 4
    load 2
    add
    store 4
    load 2
    load 2
    mul
    store 3
inner:
    load 3
    load 0
    lt
    jz next
    load 1
    load 3
    push 1
    astore
    load 3
    load 2
    add
    store 3
    jmp inner
next:
    load 2
    push 1
    add
    store 2
    jmp outer
done:
    load 4
    print
    load 0
    call fib
    print
    halt
fib:
    # locals (callee frame): 0 = n, 1 = a, 2 = b, 3 = t
    store 0
    push 0
    store 1
    push 1
    store 2
fibloop:
    push 0
    load 0
    lt
    jz fibend
    load 1
    load 2
    add
    push 1000003
    mod
    store 3
    load 2
    store 1
    load 3
    store 2
    load 0
    push 1
    sub
    store 0
    jmp fibloop
fibend:
    load 1
    ret
"""


def run(code, arg):
    stack = [arg]
    frames = []
    local = [0] * 8
    pc = 0
    out = []
    steps = 0
    while True:
        op, a = code[pc]
        pc += 1
        steps += 1
        if op == LOAD:
            stack.append(local[a])
        elif op == STORE:
            local[a] = stack.pop()
        elif op == PUSH:
            stack.append(a)
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == EQ:
            b = stack.pop()
            stack.append(1 if stack.pop() == b else 0)
        elif op == JMP:
            pc = a
        elif op == JZ:
            if stack.pop() == 0:
                pc = a
        elif op == ALOAD:
            i = stack.pop()
            stack.append(stack.pop()[i])
        elif op == ASTORE:
            v = stack.pop()
            i = stack.pop()
            stack.pop()[i] = v
        elif op == NEWARR:
            stack.append([0] * stack.pop())
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == CALL:
            frames.append((pc, local))
            local = [0] * 8
            pc = a
        elif op == RET:
            pc, local = frames.pop()
        elif op == PRINT:
            out.append(stack.pop())
        elif op == HALT:
            return out, steps


code = assemble(PROGRAM)
out, steps = run(code, N)
print(out, steps)
