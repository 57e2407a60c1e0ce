# the tutorial way: activate, connect, poll until connected
import network, time

wlan = network.WLAN(network.STA_IF)
print(wlan)
print(wlan is network.WLAN(network.STA_IF), wlan is network.WLAN())
print(wlan.active())
print(wlan.status() == network.STAT_IDLE)
print(wlan.isconnected())
print(wlan.ifconfig())
wlan.active(True)
print(wlan.active())
wlan.connect('HomeNet', 'secret123')
print(wlan.status() == network.STAT_CONNECTING, wlan.isconnected())
t0 = time.ticks_ms()
n = 0
while not wlan.isconnected():
    time.sleep_ms(50)
    n += 1
dt = time.ticks_diff(time.ticks_ms(), t0)
print('connected', dt >= 250, n >= 1)
print(wlan.status() == network.STAT_GOT_IP, wlan.status())
print(wlan.ifconfig())
print(wlan.ipconfig('addr4'), wlan.ipconfig('gw4'), wlan.ipconfig('dhcp4'))
print(network.ipconfig('dns'))
print(wlan.config('ssid'))
print(wlan.config('channel'))
print(wlan.status('rssi'))
wlan.disconnect()
print(wlan.isconnected(), wlan.status() == network.STAT_IDLE)
print(wlan.ifconfig())
# connect() with no arguments joins the last network again
wlan.connect()
while wlan.status() == network.STAT_CONNECTING:
    time.sleep_ms(20)
print(wlan.isconnected(), wlan.config('ssid'))
wlan.active(False)
print(wlan.active(), wlan.isconnected(), wlan.status() == network.STAT_IDLE)
