# errors raised by del, by kind of target
def check(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__)
def del_local():
    x = 1
    del x
    del x
check('local twice', del_local)
def del_unbound():
    del y
    y = 1
check('unbound local', del_unbound)
def del_global_missing():
    global zz
    del zz
check('missing global', del_global_missing)
class C:
    a = 1
def del_attr():
    c = C()
    del c.a
check('class attr through instance', del_attr)
def del_builtin_attr():
    del [].append
check('builtin method', del_builtin_attr)
def del_int_attr():
    x = 5
    del x.real
check('int attribute', del_int_attr)
def del_list_index():
    del [1, 2][5]
check('list index', del_list_index)
def del_list_bad_index():
    del [1, 2]['a']
check('list str index', del_list_bad_index)
def del_dict_key():
    del {}['k']
check('dict key', del_dict_key)
def del_tuple():
    del (1, 2)[0]
check('tuple item', del_tuple)
def del_range():
    del range(3)[0]
check('range item', del_range)
def del_slice_ok():
    l = [1, 2, 3]
    del l[5:10]
    del l[-10:-5]
check('slice out of range', del_slice_ok)
def del_none():
    x = None
    del x[0]
check('None item', del_none)
class NoDel:
    def __getitem__(self, k):
        return k
def del_no_delitem():
    del NoDel()[0]
check('no __delitem__', del_no_delitem)
