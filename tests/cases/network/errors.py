# errors as the ESP32 port gives them
import network, time

sta = network.WLAN(network.STA_IF)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: sta.connect('HomeNet', 'pw'))      # not active
err(lambda: sta.disconnect())
print(sta.status() == network.STAT_IDLE)
# an active AP does not start the STA
ap = network.WLAN(network.AP_IF)
ap.active(True)
err(lambda: sta.connect('HomeNet', 'pw'))
err(lambda: sta.scan())
ap.active(False)

sta.active(True)
err(lambda: sta.connect('HomeNet', 'pw', bssid=b'\x01\x02'))
err(lambda: sta.connect('HomeNet', 'pw', 'extra'))
err(lambda: sta.connect('HomeNet', 'pw', channel=3))
err(lambda: sta.connect(123))
err(lambda: sta.active(True, False))
err(lambda: network.WLAN(0, 1))
err(lambda: network.WLAN(mode=0))
# bytes work as SSID and key
sta.connect(b'HomeNet', b'pw', bssid=b'\x02\x00\x00\x00\x00\x01')
time.sleep_ms(300)
print(sta.isconnected(), sta.config('ssid'))
# deactivating drops the connection
sta.active(False)
print(sta.isconnected(), sta.status() == network.STAT_IDLE, sta.ifconfig()[0])
sta.active(True)
print(sta.isconnected(), sta.status() == network.STAT_IDLE)
sta.active(False)
# a WLAN cannot be subclassed
try:
    class My(network.WLAN):
        pass
except TypeError:
    print('TypeError')
