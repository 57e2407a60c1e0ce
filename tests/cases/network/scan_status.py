# scan() needs an active STA; without a board file one open network shows
import network, time

sta = network.WLAN(network.STA_IF)
try:
    sta.scan()
except OSError as e:
    print('OSError', e)
sta.active(True)
nets = sta.scan()
print(type(nets).__name__, len(nets))
ssid, bssid, channel, rssi, security, hidden = nets[0]
print(ssid, type(bssid).__name__, len(bssid), channel, rssi, security, hidden)
print(security == network.AUTH_OPEN, security == sta.SEC_OPEN)
print(bssid == sta.scan()[0][1])        # fixed
print(bssid[0] & 1)                     # unicast

# the STAT_* values of the ESP32 port
print(network.STAT_IDLE, network.STAT_CONNECTING, network.STAT_GOT_IP)
print(network.STAT_NO_AP_FOUND, network.STAT_WRONG_PASSWORD, network.STAT_CONNECT_FAIL)
print(network.STAT_BEACON_TIMEOUT, network.STAT_ASSOC_FAIL, network.STAT_HANDSHAKE_TIMEOUT)
print(network.AUTH_OPEN, network.AUTH_WEP, network.AUTH_WPA_PSK, network.AUTH_WPA2_PSK,
      network.AUTH_WPA_WPA2_PSK, network.AUTH_WPA3_PSK)
print(sta.SEC_WPA2, sta.SEC_WPA3, sta.SEC_WPA2_WPA3)
print(sta.PM_NONE, sta.PM_PERFORMANCE, sta.PM_POWERSAVE, network.WLAN.IF_AP)

# an empty SSID is never found
sta.connect('', '')
print(sta.status())
time.sleep_ms(400)
print(sta.status() == network.STAT_NO_AP_FOUND, sta.isconnected())
# a new connect() forgets the failure
sta.connect('anything', 'anykey')
print(sta.status() == network.STAT_CONNECTING)
time.sleep_ms(350)
print(sta.status() == network.STAT_GOT_IP, sta.isconnected())

# status() parameters
print(sta.status('rssi'))
for bad in ['stations', 'foo', 3]:
    try:
        sta.status(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
sta.disconnect()
try:
    sta.status('rssi')
except OSError as e:
    print('rssi', e)
ap = network.WLAN(network.AP_IF)
print(ap.status())
try:
    ap.status('rssi')
except OSError as e:
    print('ap rssi', e)
ap.active(True)
print(ap.status('stations'))
ap.active(False)
sta.active(False)
