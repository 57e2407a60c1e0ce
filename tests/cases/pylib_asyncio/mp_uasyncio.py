# MicroPython: `import uasyncio` gives asyncio
import uasyncio
import asyncio

print(uasyncio is asyncio)
print(uasyncio.__version__ >= (3, 0, 0))


async def main():
    await uasyncio.sleep_ms(1)
    return 'ran'


print(uasyncio.run(main()))
