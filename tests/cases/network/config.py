# config(): get one parameter, or set several by keyword
import network

sta = network.WLAN(network.STA_IF)
ap = network.WLAN(network.AP_IF)

mac = sta.config('mac')
amac = ap.config('mac')
print(type(mac).__name__, len(mac), len(amac))
print(mac[:5] == amac[:5], (mac[5] + 1) & 0xff == amac[5])
print(mac[0] & 1, mac == network.WLAN().config('mac'))
print(repr(sta.config('ssid')))
print(sta.config('channel'), sta.config('pm') == sta.PM_PERFORMANCE)
print(sta.config('reconnects'))
print(sta.config('hostname'), network.hostname())

# ESP32 names its AP after the AP's MAC
s = ap.config('ssid')
print(s.startswith('ESP_'), len(s), s[4:] == '%02X%02X%02X' % (amac[3], amac[4], amac[5]))
print(ap.config('security'), ap.config('hidden'), ap.config('max_clients'))

sta.config(reconnects=3, pm=sta.PM_NONE)
print(sta.config('reconnects'), sta.config('pm'))
sta.config(reconnects=-1)
print(sta.config('reconnects'))
sta.config(hostname='sensor-1')
print(sta.config('hostname'), network.hostname())
sta.config(mac=b'\x02\x11\x22\x33\x44\x55')
print(sta.config('mac'))
ap.config(ssid='MyAP', key='password123', security=network.AUTH_WPA2_PSK, channel=6)
print(ap.config('ssid'), ap.config('security'), ap.config('channel'))
ap.config(essid='Other', authmode=0, password='', hidden=True, max_clients=2)
print(ap.config('essid'), ap.config('authmode'), ap.config('hidden'), ap.config('max_clients'))

# txpower: the radio must be on; 0.25 dBm steps
try:
    sta.config('txpower')
except OSError as e:
    print('txpower', e)
sta.active(True)
print(sta.config('txpower'))
sta.config(txpower=8.5)
print(sta.config('txpower'))
sta.config(txpower=15.3)
print(sta.config('txpower'))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: sta.config('key'))          # write only
err(lambda: ap.config('password'))
err(lambda: sta.config('nonsense'))
err(lambda: sta.config(nonsense=1))
err(lambda: sta.config())
err(lambda: sta.config('mac', 'ssid'))
err(lambda: sta.config('mac', channel=1))
err(lambda: sta.config(ssid='x'))       # an AP parameter
err(lambda: sta.config('security'))
err(lambda: ap.config('reconnects'))    # a STA parameter
err(lambda: ap.config('hostname'))
err(lambda: sta.config(mac=b'\x02\x11'))
err(lambda: sta.config(mac=b'\x01\x11\x22\x33\x44\x55'))
err(lambda: sta.config(channel=0))
err(lambda: sta.config(5))
sta.active(False)

# module functions
print(network.country())
network.country('DE')
print(network.country())
err(lambda: network.country('DEU'))
network.hostname('board')
print(network.hostname(), sta.config('dhcp_hostname'))
err(lambda: network.hostname('x' * 33))
network.hostname('x' * 32)
print(len(network.hostname()))
