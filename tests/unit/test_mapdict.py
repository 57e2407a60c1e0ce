"""interp/objects/mapdict.py: map sharing, dict mode, and (with the JIT test
helpers) that a read through a promoted map leaves no call in the trace."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin
from interp.objects import mapdict
from interp.objects.mapdict import MapdictMixin, get_terminator, DICT_MAP


class FakeType(object):
    def __init__(self):
        self.terminator = None


class Obj(object):
    import_from_mixin(MapdictMixin)

    def __init__(self, w_type):
        self._init_map(w_type)


class V(object):
    def __init__(self, v):
        self.v = v


def test_shared_maps_and_order():
    t = FakeType()
    a, b, c = Obj(t), Obj(t), Obj(t)
    a.setdictvalue(None, 'x', V(1))
    a.setdictvalue(None, 'y', V(2))
    b.setdictvalue(None, 'x', V(3))
    b.setdictvalue(None, 'y', V(4))
    c.setdictvalue(None, 'y', V(5))
    c.setdictvalue(None, 'x', V(6))
    assert a.map is b.map
    assert a.map is not c.map
    assert a.map.terminator is get_terminator(t) is c.map.terminator
    assert a.map.find_index('y') == 1 and c.map.find_index('y') == 0
    assert a.map.find_index('z') == -1
    assert a.getdictvalue(None, 'y').v == 2
    assert c.getdictvalue(None, 'x').v == 6
    assert b.getdictvalue(None, 'z') is None
    assert a.map.names() == ['x', 'y'] and c.map.names() == ['y', 'x']
    # another class: its own chain
    t2 = FakeType()
    d = Obj(t2)
    d.setdictvalue(None, 'x', V(7))
    assert d.map is not a.map.back


def test_storage_grows_and_size_hint():
    t = FakeType()
    a = Obj(t)
    assert len(a.storage_w) == 0
    for i in range(30):
        a.setdictvalue(None, 'a%d' % i, V(i))
    assert [a.getdictvalue(None, 'a%d' % i).v for i in range(30)] == list(range(30))
    assert len(a.storage_w) >= 30
    b = Obj(t)
    assert len(b.storage_w) == 30      # learnt from a's maps
    assert a.map.find_index('a29') == 29 and a.map.find_index('b') == -1


def test_dict_mode():
    from interp.space import space
    t = FakeType()
    a = Obj(t)
    a.setdictvalue(space, 'x', space.newint(1))
    a.setdictvalue(space, 'y', space.newint(2))
    assert not a.deldictvalue(space, 'z')
    assert a.map is not DICT_MAP
    assert a.deldictvalue(space, 'x')
    assert a.map is DICT_MAP
    assert a.getdictvalue(space, 'x') is None
    assert space.int_w(a.getdictvalue(space, 'y')) == 2
    w_d = a.get_dict_w(space)
    assert w_d is a.get_dict_w(space)
    a.setdictvalue(space, 'z', space.newint(3))
    assert space.int_w(w_d.getitem_str('z')) == 3
    b = Obj(t)
    b.setdictvalue(space, 'x', space.newint(1))
    w_d = b.get_dict_w(space)
    assert [space.text_w(w_k) for w_k in w_d.keys_w(space)] == ['x']


def test_too_many_attrs_dict_mode():
    from interp.space import space
    a = Obj(FakeType())
    for i in range(mapdict.MAX_ATTRS + 5):
        a.setdictvalue(space, 'a%d' % i, space.newint(i))
    assert a.map is DICT_MAP
    for i in range(mapdict.MAX_ATTRS + 5):
        assert space.int_w(a.getdictvalue(space, 'a%d' % i)) == i


from rpython.jit.metainterp.test.support import LLJitMixin


class TestJit(LLJitMixin):
    def test_read_is_folded(self):
        driver = jit.JitDriver(greens=[], reds=['n', 'total', 'o'])
        t = FakeType()

        def f(n):
            o = Obj(t)
            o.setdictvalue(None, 'a', V(1))
            o.setdictvalue(None, 'b', V(2))
            o.setdictvalue(None, 'c', V(3))
            total = 0
            while n > 0:
                driver.jit_merge_point(n=n, total=total, o=o)
                w_c = o.getdictvalue(None, 'c')
                if o.getdictvalue(None, 'zz') is None:     # as load_method does
                    total += w_c.v
                n -= 1
            return total
        assert self.meta_interp(f, [30]) == 90
        # the map check and index are constants: one guard_value, one array read
        self.check_resops(call_i=0, call_r=0, call_pure_i=0, call_pure_r=0,
                          guard_value=1, getarrayitem_gc_r=1)

    def test_new_instance_is_virtual(self):
        driver = jit.JitDriver(greens=[], reds=['n', 'total'])
        t = FakeType()

        def f(n):
            total = 0
            while n > 0:
                driver.jit_merge_point(n=n, total=total)
                o = Obj(t)
                o.setdictvalue(None, 'a', V(n))
                o.setdictvalue(None, 'b', V(2))
                o.setdictvalue(None, 'a', V(3))
                total += o.getdictvalue(None, 'a').v + o.getdictvalue(None, 'b').v
                n -= 1
            return total
        assert self.meta_interp(f, [30]) == 150
        # the instance, its storage and the values never escape
        self.check_resops(call_i=0, call_r=0, call_n=0, new_with_vtable=0,
                          new_array=0, new_array_clear=0, guard_value=0)
