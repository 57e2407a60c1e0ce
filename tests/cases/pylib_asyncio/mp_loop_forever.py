# MicroPython's Loop: run_forever until stop(), or until nothing is left
import asyncio


async def ticker(loop, n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep_ms(5)
    loop.stop()
    print('stop requested')
    await asyncio.sleep_ms(5)
    print('ticker ends later')


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
loop.create_task(ticker(loop, 3))
loop.run_forever()
print('run_forever returned')
loop.run_forever()  # the ticker finishes, then nothing is left
print('run_forever returned again')


async def job(x):
    await asyncio.sleep_ms(1)
    return x * 2

print(loop.run_until_complete(job(21)))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.create_task(job(5))))
loop.close()
