snippets = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "[await x for x in y]",
    "async def f():\n    return [x async for x in y]\n",
    "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        pass\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    return lambda: await x\n",
]
for src in snippets:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError:
        print("SyntaxError")
