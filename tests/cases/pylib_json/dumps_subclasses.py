import json

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s')]))
print(json.dumps(MyList([1, MyDict(a=2)])))
print(json.dumps({MyInt(3): 1, MyStr('k'): 2, MyFloat(0.5): 3}))
print(json.dumps([True, 1, False, 0]))
print(json.dumps({True: 1}), json.dumps({1: True}))
