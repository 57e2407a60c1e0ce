"""network.WLAN against access points added as a board file would
(add_access_point), and reset_state() as a soft reset calls it."""
import pytest

from interp.modules import network_mod


def space():
    from interp.space import space
    return space


def run(src):
    """Run src as a module; returns the repr of its global `r`."""
    from interp.objects.moduleobject import W_Module
    from interp.function import run_code
    from interp.compiler import compile_ast
    from interp.parser import parse
    sp = space()
    w_mod = W_Module(sp, '__test__')
    code = compile_ast(parse(src, '<test>', 'exec'), '<test>', 'exec', 0)
    run_code(sp, code, w_mod.w_dict, w_mod.w_dict)
    return sp.repr_w(w_mod.w_dict.getitem_str('r'))


@pytest.yield_fixture(autouse=True)
def fresh():
    network_mod.clear_access_points()
    network_mod.reset_state()
    yield
    network_mod.clear_access_points()
    network_mod.reset_state()


def test_known_access_points():
    network_mod.add_access_point('HomeNet', 'secret', 6, -60)
    network_mod.add_access_point('Cafe', '', 11, -40)
    r = run("""
import network, time
sta = network.WLAN(network.STA_IF)
sta.active(True)
nets = [(s, c, rssi, sec, h) for s, b, c, rssi, sec, h in sta.scan()]
out = [nets]
def attempt(*a, **kw):
    sta.connect(*a, **kw)
    first = sta.status()
    time.sleep_ms(310)
    return (first, sta.status(), sta.isconnected())
out.append(attempt('HomeNet', 'wrong'))
out.append(attempt('Nowhere', 'secret'))
out.append(attempt('HomeNet', 'secret'))
out.append((sta.config('channel'), sta.status('rssi'), sta.ifconfig()[0]))
out.append(attempt('Cafe', 'whatever'))
out.append((sta.config('channel'), sta.status('rssi')))
bssid = [b for s, b, c, rssi, sec, h in sta.scan() if s == b'HomeNet'][0]
out.append(attempt('HomeNet', 'secret', bssid=bssid)[1:])
out.append(attempt('HomeNet', 'secret', bssid=b'\\x02\\0\\0\\0\\0\\0')[1:])
r = out
""")
    assert r == ("[[(b'Cafe', 11, -40, 0, False), (b'HomeNet', 6, -60, 3, False)], "
                 "(1001, 202, False), (1001, 201, False), (1001, 1010, True), "
                 "(6, -60, '192.168.1.100'), (1001, 1010, True), (11, -40), "
                 "(1010, True), (201, False)]")


def test_reset_state():
    r = run("""
import network
sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('x', 'y')
network.hostname('changed')
network.WLAN(network.AP_IF).active(True)
r = 1
""")
    network_mod.reset_state()
    r = run("""
import network
sta = network.WLAN(network.STA_IF)
r = (sta.active(), network.WLAN(1).active(), sta.isconnected(), sta.status(),
     network.hostname(), sta.config('ssid'))
""")
    assert r == "(False, False, False, 1000, 'mpy-host', '')"
