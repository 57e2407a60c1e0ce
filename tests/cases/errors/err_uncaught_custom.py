class MyErr(Exception):
    pass
print('start')
raise MyErr('custom')
