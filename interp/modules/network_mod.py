"""network: MicroPython's network module with the ESP32 port's WLAN, on the
host port's simulated board.  Sockets (the socket module) go through the
PC's own network stack; WLAN only simulates the Wi-Fi interfaces so that
board programs that join a network run unchanged.

Interfaces: WLAN(STA_IF) (0) and WLAN(AP_IF) (1), one object each; both
are inactive at power-on and after a soft reset (reset_state()).

Access points come from the board file ("wifi SSID [KEY]" lines, which call
add_access_point(ssid, key, channel, rssi); key '' is an open network).
With none added, any non-empty SSID/key connects and scan() shows one open
network, 'micropy-sim' (channel 1, RSSI -45).  STA connect() needs the STA
active; it is decided at once but takes effect CONNECT_DELAY_US (300 ms)
later on the board's clock (virtual with --virtual-time): until then
status() is STAT_CONNECTING, then STAT_GOT_IP, STAT_WRONG_PASSWORD (known
SSID, wrong key) or STAT_NO_AP_FOUND (unknown SSID or BSSID).  An open
network accepts any key.

Addresses (fixed):
  STA, connected (DHCP):  192.168.1.100  255.255.255.0  gw 192.168.1.1
                          dns 192.168.1.1
  STA, not connected:     0.0.0.0 everywhere
  AP:                     192.168.4.1  255.255.255.0  gw 192.168.4.1
                          dns 0.0.0.0
ifconfig((ip, mask, gw, dns)) / ipconfig(addr4=..., gw4=...) set static
addresses (the STA then keeps them whether connected or not);
ifconfig('dhcp') / ipconfig(dhcp4=True) go back to DHCP.

MAC addresses: 02:xx:xx:xx:xx:xx (locally administered) with the x bytes a
hash of machine.unique_id(); the AP's is the STA's plus one in the last
byte, as on the ESP32.  An access point's BSSID is a hash of its SSID.

Errors follow the ESP32 port: OSError('Wifi Not Started') for connect(),
disconnect() or config('txpower') with the STA/radio inactive,
OSError('STA required'/'AP required') for a parameter of the other
interface, ValueError('unknown config param'), ValueError('unknown status
param'), TypeError for bad argument combinations.  status() is also
STAT_IDLE after disconnect() or active(False)."""
from interp import hal
from interp.error import OperationError, oefmt
from interp.gateway import function
from interp.objects.root import W_Root, TypeDef
from interp.objects.moduleobject import W_Module
from interp.objects.funcobject import W_BuiltinFunction
from interp.objects.intobject import W_Int
from interp.objects.strobject import W_Str
from interp.objects.tupleobject import W_Tuple
from interp.objects.listobject import W_List

STA_IF = 0
AP_IF = 1

# ESP32 status values (STAT_*): MicroPython's own and ESP-IDF reason codes
STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_BEACON_TIMEOUT = 200
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
STAT_ASSOC_FAIL = 203
STAT_HANDSHAKE_TIMEOUT = 204
STAT_CONNECT_FAIL = 205         # ESP-IDF's WIFI_REASON_CONNECTION_FAIL
REASON_ASSOC_LEAVE = 8          # after disconnect(): status() is STAT_IDLE

# ESP-IDF's wifi_auth_mode_t
AUTH_OPEN = 0
AUTH_WEP = 1
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4
AUTH_WPA2_ENTERPRISE = 5
AUTH_WPA3_PSK = 6
AUTH_WPA2_WPA3_PSK = 7
AUTH_WAPI_PSK = 8
AUTH_OWE = 9

AUTH_NAMES = [('OPEN', AUTH_OPEN), ('WEP', AUTH_WEP), ('WPA_PSK', AUTH_WPA_PSK),
              ('WPA2_PSK', AUTH_WPA2_PSK), ('WPA_WPA2_PSK', AUTH_WPA_WPA2_PSK),
              ('WPA2_ENTERPRISE', AUTH_WPA2_ENTERPRISE), ('WPA3_PSK', AUTH_WPA3_PSK),
              ('WPA2_WPA3_PSK', AUTH_WPA2_WPA3_PSK), ('WAPI_PSK', AUTH_WAPI_PSK),
              ('OWE', AUTH_OWE)]
SEC_NAMES = [('OPEN', AUTH_OPEN), ('WEP', AUTH_WEP), ('WPA', AUTH_WPA_PSK),
             ('WPA2', AUTH_WPA2_PSK), ('WPA_WPA2', AUTH_WPA_WPA2_PSK),
             ('WPA2_ENT', AUTH_WPA2_ENTERPRISE), ('WPA3', AUTH_WPA3_PSK),
             ('WPA2_WPA3', AUTH_WPA2_WPA3_PSK), ('WAPI', AUTH_WAPI_PSK),
             ('OWE', AUTH_OWE)]

# power management (ESP-IDF's wifi_ps_type_t)
PM_NONE = 0
PM_PERFORMANCE = 1
PM_POWERSAVE = 2

CONNECT_DELAY_US = 300000
HOSTNAME_DEFAULT = 'mpy-host'
HOSTNAME_MAX_LEN = 32
SIM_AP_SSID = 'micropy-sim'
SIM_AP_CHANNEL = 1
SIM_AP_RSSI = -45
ZERO_IP = '0.0.0.0'
STA_IP = ['192.168.1.100', '255.255.255.0', '192.168.1.1', '192.168.1.1']
AP_IP = ['192.168.4.1', '255.255.255.0', '192.168.4.1', '0.0.0.0']


def fnv1a(s, seed):
    """A 32-bit FNV-1a hash of the string s (for fixed, made-up addresses)."""
    h = seed & 0xffffffff
    for c in s:
        h = ((h ^ ord(c)) * 16777619) & 0xffffffff
    return h


def made_up_mac(s):
    """Six bytes, locally administered and unicast, derived from s."""
    a = fnv1a(s, 2166136261)
    b = fnv1a(s, a ^ 0x5bd1e995)
    return ''.join([chr(0x02), chr((a >> 24) & 0xff), chr((a >> 16) & 0xff),
                    chr((a >> 8) & 0xff), chr(a & 0xff), chr(b & 0xff)])


class AccessPoint(object):
    def __init__(self, ssid, key, channel, rssi):
        self.ssid = ssid
        self.key = key
        self.channel = channel
        self.rssi = rssi
        self.bssid = made_up_mac('bssid:' + ssid)

    def authmode(self):
        return AUTH_OPEN if self.key == '' else AUTH_WPA2_PSK


class World(object):
    """The access points around the board (from the board file); a soft
    reset of the board does not change them."""
    def __init__(self):
        self.aps = []


world = World()


def add_access_point(ssid, key, channel, rssi):
    """An access point the STA can see and join (board file "wifi" lines):
    key '' is an open network (any key joins), else a WPA2 network that
    needs exactly that key.  Once any is added, only these exist."""
    world.aps.append(AccessPoint(ssid, key, channel, rssi))


def clear_access_points():
    world.aps = []


def visible_aps():
    if len(world.aps) == 0:
        return [AccessPoint(SIM_AP_SSID, '', SIM_AP_CHANNEL, SIM_AP_RSSI)]
    return world.aps


class NetState(object):
    """Both interfaces' state (one radio); reset() is the power-on state."""
    def __init__(self):
        self.reset()

    def reset(self):
        self.sta_active = False
        self.ap_active = False
        # STA connection
        self.sta_ssid = ''
        self.sta_key = ''
        self.sta_bssid = ''
        self.connect_requested = False
        self.connected = False
        self.pending = False        # a connect() not yet decided
        self.pending_at = 0         # ticks_us when it takes effect
        self.pending_result = 0     # 0 (joins) or the STAT_* failure
        self.pending_channel = 0
        self.pending_rssi = 0
        self.reason = 0             # ESP-IDF's last disconnect reason (0: none)
        self.rssi = 0
        self.reconnects = 0         # ESP32's conf_wifi_sta_reconnects
        self.sta_static = None      # [ip, mask, gw, dns] when not DHCP
        # the AP
        self.ap_ssid = ''           # '' until first asked: ESP_XXXXXX
        self.ap_key = ''
        self.ap_security = AUTH_OPEN
        self.ap_hidden = False
        self.ap_max_clients = 4
        self.ap_ip = AP_IP[:]
        # both
        self.channel = 1
        self.txpower = 80           # in 0.25 dBm
        self.pm = PM_PERFORMANCE
        self.protocol = 7           # 11B | 11G | 11N
        self.sta_mac = ''
        self.ap_mac = ''
        self.hostname = HOSTNAME_DEFAULT
        self.country = 'XX'
        self.dns = ''               # set by ifconfig/ipconfig; '' when from DHCP
        self.prefer = 4

    def started(self):
        return self.sta_active or self.ap_active

    def update(self, now):
        """Decide a pending connect() once its time has come."""
        if self.pending and now - self.pending_at >= 0:
            self.pending = False
            if self.pending_result == 0:
                self.connected = True
                self.reason = 0
                self.channel = self.pending_channel
                self.rssi = self.pending_rssi
            else:
                self.reason = self.pending_result

    def poll(self):
        # the program's clock: a polling loop sees time pass with virtual time
        self.update(hal.program_ticks_us())

    def drop_sta(self):
        """The STA leaves its network (disconnect(), active(False))."""
        if self.connected or self.pending or self.connect_requested:
            self.reason = REASON_ASSOC_LEAVE
        self.connected = False
        self.pending = False

    def get_mac(self, if_id):
        if self.sta_mac == '':
            self.sta_mac = made_up_mac(hal.unique_id())
        if self.ap_mac == '':
            m = self.sta_mac
            self.ap_mac = m[:5] + chr((ord(m[5]) + 1) & 0xff)
        return self.sta_mac if if_id == STA_IF else self.ap_mac

    def get_ap_ssid(self):
        if self.ap_ssid == '':
            m = self.get_mac(AP_IF)
            self.ap_ssid = 'ESP_%s' % hexbytes(m[3:])
        return self.ap_ssid

    def dns_server(self):
        if self.dns != '':
            return self.dns
        if self.connected and self.sta_static is None:
            return STA_IP[3]
        return ZERO_IP

    def sta_addrs(self):
        if self.sta_static is not None:
            return self.sta_static
        if self.connected:
            return [STA_IP[0], STA_IP[1], STA_IP[2], self.dns_server()]
        return [ZERO_IP, ZERO_IP, ZERO_IP, self.dns_server()]


def hexbytes(s):
    digits = '0123456789ABCDEF'
    out = []
    for c in s:
        out.append(digits[ord(c) >> 4])
        out.append(digits[ord(c) & 15])
    return ''.join(out)


state = NetState()


def reset_state():
    """A soft reset: both interfaces back to their power-on state (the
    access points around the board stay)."""
    state.reset()


# ____________________________________________________________
# helpers

def os_error(space, msg):
    return oefmt(space.w_OSError, msg)


def str_data(space, w_obj):
    """MicroPython's mp_obj_str_get_data: str or bytes."""
    return space.text_or_bytes_w(w_obj, "can't convert '%s' object to str implicitly"
                                 % space.type_name(w_obj))


def parse_ip(space, w_addr):
    """A dotted IPv4 address (netutils_parse_ipv4_addr), normalised."""
    s = str_data(space, w_addr)
    parts = s.split('.')
    if len(parts) != 4:
        raise oefmt(space.w_ValueError, "invalid arguments")
    out = []
    for p in parts:
        if len(p) == 0 or not p.isdigit():
            raise oefmt(space.w_ValueError, "invalid arguments")
        out.append(str(int(p) & 0xff))
    return '.'.join(out)


def mask_from_prefix(bits):
    if bits <= 0:
        return ZERO_IP
    if bits > 32:
        bits = 32
    m = (0xffffffff << (32 - bits)) & 0xffffffff
    return '%d.%d.%d.%d' % ((m >> 24) & 0xff, (m >> 16) & 0xff, (m >> 8) & 0xff, m & 0xff)


def fixed_items(space, w_seq, n):
    """mp_obj_get_array_fixed_n: a tuple or list of exactly n items."""
    if isinstance(w_seq, W_Tuple) or isinstance(w_seq, W_List):
        items_w = space.fixedview(w_seq)
        if len(items_w) != n:
            raise oefmt(space.w_ValueError, "tuple/list has wrong length")
        return items_w
    raise oefmt(space.w_TypeError, "object '%s' isn't a tuple or list"
                % space.type_name(w_seq))


def addr_tuple(space, addrs):
    return space.newtuple([space.newtext(a) for a in addrs])


def buffer_bytes(space, w_obj):
    return space.bytes_w(w_obj)


# ____________________________________________________________
# WLAN

class W_WLAN(W_Root):
    _attrs_ = ['if_id']
    _immutable_fields_ = ['if_id']

    def __init__(self, if_id):
        self.if_id = if_id

    def getclass(self, space):
        return space.builtin_types['WLAN']


wlan_sta = W_WLAN(STA_IF)
wlan_ap = W_WLAN(AP_IF)

wlan_typedef = TypeDef('WLAN', W_WLAN, acceptable_as_base=False)


def require_if(space, w_self, if_id):
    if w_self.if_id != if_id:
        raise os_error(space, "STA required" if if_id == STA_IF else "AP required")


def wlan_new(space, args):
    """WLAN(interface_id=STA_IF): the interface's one object."""
    names = args.kw_names
    w_id = args.arg(1)
    if names is not None:
        for name in names:
            if name != 'interface_id':
                raise oefmt(space.w_TypeError, "function doesn't take keyword arguments")
        if w_id is not None:
            raise oefmt(space.w_TypeError, "argument given by name and position")
        w_id = args.kw('interface_id')
    if args.npos() > 2:
        raise oefmt(space.w_TypeError, "function expected at most 1 arguments, got %d"
                    % (args.npos() - 1))
    idx = STA_IF if w_id is None else space.int_w(w_id)
    if idx == STA_IF:
        return wlan_sta
    if idx == AP_IF:
        return wlan_ap
    raise oefmt(space.w_ValueError, "invalid WLAN interface identifier")


wlan_typedef.add('__new__', wlan_new)


@wlan_typedef.method('__repr__', 0)
def wlan_repr(space, w_self):
    return space.newtext('<WLAN>')


@wlan_typedef.method('active', 0, 1)
def wlan_active(space, w_self, w_on):
    sta = w_self.if_id == STA_IF
    if w_on is not None:
        on = space.is_true(w_on)
        if sta:
            if not on and state.sta_active:
                state.drop_sta()
            state.sta_active = on
        else:
            state.ap_active = on
    return space.newbool(state.sta_active if sta else state.ap_active)


@wlan_typedef.raw_method('connect')
def wlan_connect(space, w_self, args):
    """connect(ssid=None, key=None, *, bssid=None); with no arguments,
    joins the network given last."""
    args.check_kw_only(space, 'connect', ['ssid', 'key', 'bssid'])
    if args.npos() > 2:
        raise oefmt(space.w_TypeError, "function expected at most 3 arguments, got %d"
                    % (args.npos() + 1))
    w_ssid = args.arg_or_kw(0, 'ssid')
    w_key = args.arg_or_kw(1, 'key')
    w_bssid = args.kw('bssid')
    if args.npos() > 0 or args.has_kw():
        ssid = ''
        key = ''
        bssid = ''
        if w_ssid is not None and not space.is_none(w_ssid):
            ssid = str_data(space, w_ssid)[:32]
        if w_key is not None and not space.is_none(w_key):
            key = str_data(space, w_key)[:64]
        if w_bssid is not None and not space.is_none(w_bssid):
            bssid = str_data(space, w_bssid)
            if len(bssid) != 6:
                raise OperationError(space.w_ValueError, None)
        state.sta_ssid = ssid
        state.sta_key = key
        state.sta_bssid = bssid
    if not state.sta_active:
        raise os_error(space, "Wifi Not Started")
    # decide now, take effect CONNECT_DELAY_US later
    result = STAT_NO_AP_FOUND
    channel = 0
    rssi = 0
    if state.sta_ssid != '':
        if len(world.aps) == 0:
            result = 0
            channel = SIM_AP_CHANNEL
            rssi = SIM_AP_RSSI
        else:
            for ap in world.aps:
                if ap.ssid != state.sta_ssid:
                    continue
                if state.sta_bssid != '' and ap.bssid != state.sta_bssid:
                    continue
                if ap.key == '' or ap.key == state.sta_key:
                    result = 0
                    channel = ap.channel
                    rssi = ap.rssi
                    break
                result = STAT_WRONG_PASSWORD
    state.connected = False
    state.reason = 0
    state.connect_requested = True
    state.pending = True
    state.pending_at = hal.ticks_us() + CONNECT_DELAY_US
    state.pending_result = result
    state.pending_channel = channel
    state.pending_rssi = rssi
    return space.w_None


@wlan_typedef.method('disconnect', 0)
def wlan_disconnect(space, w_self):
    if not state.sta_active:
        raise os_error(space, "Wifi Not Started")
    state.poll()
    state.drop_sta()
    state.connect_requested = False
    return space.w_None


@wlan_typedef.method('isconnected', 0)
def wlan_isconnected(space, w_self):
    if w_self.if_id == STA_IF:
        state.poll()
        return space.newbool(state.connected)
    return space.w_False        # no station ever joins the simulated AP


@wlan_typedef.method('status', 0, 1)
def wlan_status(space, w_self, w_param):
    if w_param is None:
        if w_self.if_id != STA_IF:
            return space.w_None
        state.poll()
        if state.connected:
            return space.newint(STAT_GOT_IP)
        r = state.reason
        if r == STAT_NO_AP_FOUND or r == STAT_WRONG_PASSWORD:
            return space.newint(r)
        if r == STAT_CONNECT_FAIL:
            return space.newint(STAT_WRONG_PASSWORD)
        if r == REASON_ASSOC_LEAVE:
            return space.newint(STAT_IDLE)
        if state.connect_requested:
            return space.newint(STAT_CONNECTING)
        if r == 0:
            return space.newint(STAT_IDLE)
        return space.newint(r)
    name = space.text_w(w_param) if isinstance(w_param, W_Str) else ''
    if name == 'stations':
        require_if(space, w_self, AP_IF)
        if not state.ap_active:
            raise os_error(space, "Wifi Invalid Mode")
        return space.newlist([])
    if name == 'rssi':
        require_if(space, w_self, STA_IF)
        state.poll()
        if not state.sta_active:
            raise os_error(space, "Wifi Not Started")
        if not state.connected:
            raise os_error(space, "Wifi Not Connected")
        return space.newint(state.rssi)
    raise oefmt(space.w_ValueError, "unknown status param")


@wlan_typedef.method('scan', 0)
def wlan_scan(space, w_self):
    if not state.sta_active:
        raise os_error(space, "STA must be active")
    aps = visible_aps()
    # strongest first, as ESP-IDF lists them
    order = []
    for ap in aps:
        i = len(order)
        while i > 0 and order[i - 1].rssi < ap.rssi:
            i -= 1
        assert i >= 0
        order.insert(i, ap)
    result_w = []
    for ap in order:
        result_w.append(space.newtuple([
            space.newbytes(ap.ssid), space.newbytes(ap.bssid), space.newint(ap.channel),
            space.newint(ap.rssi), space.newint(ap.authmode()), space.w_False]))
    return space.newlist(result_w)


@wlan_typedef.method('ifconfig', 0, 1)
def wlan_ifconfig(space, w_self, w_config):
    sta = w_self.if_id == STA_IF
    if w_config is None:
        if sta:
            state.poll()
            return addr_tuple(space, state.sta_addrs())
        return addr_tuple(space, state.ap_ip)
    if isinstance(w_config, W_Tuple) or isinstance(w_config, W_List):
        items_w = fixed_items(space, w_config, 4)
        ip = parse_ip(space, items_w[0])
        w_mask = items_w[1]
        if isinstance(w_mask, W_Int):
            mask = mask_from_prefix(space.int_w(w_mask))
        else:
            mask = parse_ip(space, w_mask)
        gw = parse_ip(space, items_w[2])
        dns = parse_ip(space, items_w[3])
        if sta:
            state.sta_static = [ip, mask, gw, dns]
            state.dns = dns
        else:
            state.ap_ip = [ip, mask, gw, dns]
        return space.w_None
    mode = str_data(space, w_config)
    if not sta or mode != 'dhcp':
        raise oefmt(space.w_ValueError, "invalid arguments")
    state.sta_static = None
    state.dns = ''
    return space.w_None


@wlan_typedef.raw_method('ipconfig')
def wlan_ipconfig(space, w_self, args):
    """ipconfig('dhcp4' | 'addr4' | 'gw4') / ipconfig(dhcp4=, addr4=, gw4=)."""
    sta = w_self.if_id == STA_IF
    if not args.has_kw():
        if args.npos() != 1:
            raise oefmt(space.w_TypeError, "must query one param")
        name = space.text_w(args.arg(0))
        if name == 'dhcp4':
            if not sta:
                raise oefmt(space.w_ValueError, "unexpected key")
            return space.newbool(state.sta_static is None)
        if sta:
            state.poll()
            addrs = state.sta_addrs()
        else:
            addrs = state.ap_ip
        if name == 'addr4':
            return space.newtuple([space.newtext(addrs[0]), space.newtext(addrs[1])])
        if name == 'gw4':
            return space.newtext(addrs[2])
        raise oefmt(space.w_ValueError, "unexpected key")
    if args.npos() != 0:
        raise oefmt(space.w_TypeError, "can't specify pos and kw args")
    if sta:
        state.poll()
        addrs = state.sta_addrs()[:]
    else:
        addrs = state.ap_ip[:]
    touched = False
    dhcp = -1
    for i in range(len(args.kw_names)):
        name = args.kw_names[i]
        w_v = args.kw_values_w[i]
        if name == 'dhcp4':
            if not sta:
                raise oefmt(space.w_ValueError, "unexpected key")
            dhcp = 1 if space.is_true(w_v) else 0
        elif name == 'addr4':
            if isinstance(w_v, W_Str):
                s = w_v.utf8
                slash = s.find('/')
                if slash >= 0:
                    prefix = s[slash + 1:]
                    if not prefix.isdigit():
                        raise oefmt(space.w_ValueError, "invalid syntax for integer with base 10")
                    addrs[1] = mask_from_prefix(int(prefix))
                    assert slash >= 0
                    s = s[:slash]
                addrs[0] = parse_ip(space, space.newtext(s))
            elif not space.is_none(w_v):
                items_w = fixed_items(space, w_v, 2)
                addrs[0] = parse_ip(space, items_w[0])
                addrs[1] = parse_ip(space, items_w[1])
            touched = True
        elif name == 'gw4':
            addrs[2] = parse_ip(space, w_v)
            touched = True
        else:
            raise oefmt(space.w_ValueError, "unexpected key")
    if sta:
        if touched:
            state.sta_static = addrs
        elif dhcp == 1:
            state.sta_static = None
        elif dhcp == 0 and state.sta_static is None:
            state.sta_static = addrs
    else:
        state.ap_ip = addrs
    return space.w_None


CONFIG_PARAMS = ['mac', 'ssid', 'essid', 'hidden', 'security', 'authmode', 'key',
                 'password', 'channel', 'hostname', 'dhcp_hostname', 'max_clients',
                 'reconnects', 'txpower', 'protocol', 'pm']


def config_set(space, w_self, name, w_v):
    """One keyword of config(**kwargs); the interface check comes after the
    value's, as in the ESP32 port."""
    sta = w_self.if_id == STA_IF
    if name == 'mac':
        mac = buffer_bytes(space, w_v)
        if len(mac) != 6:
            raise oefmt(space.w_ValueError, "invalid buffer length")
        if ord(mac[0]) & 1:
            raise os_error(space, "Wifi Invalid MAC Address")
        state.get_mac(STA_IF)
        if sta:
            state.sta_mac = mac
        else:
            state.ap_mac = mac
    elif name == 'ssid' or name == 'essid':
        s = str_data(space, w_v)[:32]
        require_if(space, w_self, AP_IF)
        state.ap_ssid = s
    elif name == 'hidden':
        h = space.is_true(w_v)
        require_if(space, w_self, AP_IF)
        state.ap_hidden = h
    elif name == 'security' or name == 'authmode':
        sec = space.int_w(w_v)
        require_if(space, w_self, AP_IF)
        state.ap_security = sec
    elif name == 'key' or name == 'password':
        k = str_data(space, w_v)[:63]
        require_if(space, w_self, AP_IF)
        state.ap_key = k
    elif name == 'channel':
        ch = space.int_w(w_v)
        if ch < 1 or ch > 14:
            raise oefmt(space.w_RuntimeError, "Wifi Unknown Error 0x0102")
        state.channel = ch
    elif name == 'hostname' or name == 'dhcp_hostname':
        set_hostname(space, w_v)
    elif name == 'max_clients':
        n = space.int_w(w_v)
        require_if(space, w_self, AP_IF)
        state.ap_max_clients = n
    elif name == 'reconnects':
        n = space.int_w(w_v)
        require_if(space, w_self, STA_IF)
        state.reconnects = 0 if n == -1 else n + 1
    elif name == 'txpower':
        p = int(space.float_w(w_v) * 4)
        if not state.started():
            raise os_error(space, "Wifi Not Started")
        if p < 8:
            p = 8
        elif p > 84:
            p = 84
        state.txpower = p
    elif name == 'protocol':
        state.protocol = space.int_w(w_v)
    elif name == 'pm':
        pm = space.int_w(w_v)
        if pm < PM_NONE or pm > PM_POWERSAVE:
            raise oefmt(space.w_RuntimeError, "Wifi Unknown Error 0x0102")
        state.pm = pm
    else:
        raise oefmt(space.w_ValueError, "unknown config param")


def config_get(space, w_self, name):
    sta = w_self.if_id == STA_IF
    if name == 'mac':
        return space.newbytes(state.get_mac(w_self.if_id))
    if name == 'ssid' or name == 'essid':
        if sta:
            return space.newtext(state.sta_ssid)
        return space.newtext(state.get_ap_ssid())
    if name == 'hidden':
        require_if(space, w_self, AP_IF)
        return space.newbool(state.ap_hidden)
    if name == 'security' or name == 'authmode':
        require_if(space, w_self, AP_IF)
        return space.newint(state.ap_security)
    if name == 'channel':
        state.poll()
        return space.newint(state.channel)
    if name == 'hostname' or name == 'dhcp_hostname':
        require_if(space, w_self, STA_IF)
        return space.newtext(state.hostname)
    if name == 'max_clients':
        return space.newint(state.ap_max_clients)
    if name == 'reconnects':
        require_if(space, w_self, STA_IF)
        return space.newint(state.reconnects - 1)
    if name == 'txpower':
        if not state.started():
            raise os_error(space, "Wifi Not Started")
        return space.newfloat(state.txpower * 0.25)
    if name == 'protocol':
        return space.newint(state.protocol)
    if name == 'pm':
        return space.newint(state.pm)
    raise oefmt(space.w_ValueError, "unknown config param")


@wlan_typedef.raw_method('config')
def wlan_config(space, w_self, args):
    """config('param') or config(param=value, ...)."""
    if args.npos() != 0 and args.has_kw():
        raise oefmt(space.w_TypeError, "either pos or kw args are allowed")
    if args.has_kw():
        for i in range(len(args.kw_names)):
            config_set(space, w_self, args.kw_names[i], args.kw_values_w[i])
        return space.w_None
    if args.npos() != 1:
        raise oefmt(space.w_TypeError, "can query only one param")
    w_name = args.arg(0)
    if not isinstance(w_name, W_Str):
        raise oefmt(space.w_TypeError, "can't convert '%s' object to str implicitly"
                    % space.type_name(w_name))
    return config_get(space, w_self, w_name.utf8)


# ____________________________________________________________
# module functions

def set_hostname(space, w_name):
    name = str_data(space, w_name)
    if len(name) > HOSTNAME_MAX_LEN:
        raise OperationError(space.w_ValueError, None)
    state.hostname = name


@function(0, 1)
def network_hostname(space, w_name):
    if w_name is None:
        return space.newtext(state.hostname)
    set_hostname(space, w_name)
    return space.w_None


@function(0, 1)
def network_country(space, w_cc):
    if w_cc is None:
        return space.newtext(state.country)
    cc = str_data(space, w_cc)
    if len(cc) != 2:
        raise OperationError(space.w_ValueError, None)
    state.country = cc
    return space.w_None


def network_ipconfig(space, args):
    """ipconfig('dns' | 'prefer') / ipconfig(dns=..., prefer=...)."""
    if not args.has_kw():
        if args.npos() != 1:
            raise oefmt(space.w_TypeError, "must query one param")
        name = space.text_w(args.arg(0))
        if name == 'dns':
            state.poll()
            return space.newtext(state.dns_server())
        if name == 'prefer':
            return space.newint(state.prefer)
        raise oefmt(space.w_ValueError, "unexpected key")
    if args.npos() != 0:
        raise oefmt(space.w_TypeError, "can't specify pos and kw args")
    for i in range(len(args.kw_names)):
        name = args.kw_names[i]
        w_v = args.kw_values_w[i]
        if name == 'dns':
            try:
                dns = parse_ip(space, w_v)
            except OperationError as e:
                if not e.match(space, space.w_ValueError):
                    raise
                raise oefmt(space.w_ValueError, "invalid arguments as dns server")
            state.dns = dns
        elif name == 'prefer':
            p = space.int_w(w_v)
            if p != 4 and p != 6:
                raise oefmt(space.w_ValueError, "invalid arguments")
            state.prefer = p
        else:
            raise oefmt(space.w_ValueError, "unexpected key")
    return space.w_None


def make_module(space):
    w_mod = W_Module(space, 'network')
    d = w_mod.w_dict
    w_wlan = space._maketype(wlan_typedef)
    for name, value in [('IF_STA', STA_IF), ('IF_AP', AP_IF), ('PM_NONE', PM_NONE),
                        ('PM_PERFORMANCE', PM_PERFORMANCE),
                        ('PM_POWERSAVE', PM_POWERSAVE)]:
        w_wlan.dict_w[name] = space.newint(value)
    for name, value in SEC_NAMES:
        w_wlan.dict_w['SEC_' + name] = space.newint(value)
    d.setitem_str('WLAN', w_wlan)
    for name, value in AUTH_NAMES:
        d.setitem_str('AUTH_' + name, space.newint(value))
    for name, value in [('STA_IF', STA_IF), ('AP_IF', AP_IF),
                        ('STAT_IDLE', STAT_IDLE), ('STAT_CONNECTING', STAT_CONNECTING),
                        ('STAT_GOT_IP', STAT_GOT_IP),
                        ('STAT_NO_AP_FOUND', STAT_NO_AP_FOUND),
                        ('STAT_WRONG_PASSWORD', STAT_WRONG_PASSWORD),
                        ('STAT_CONNECT_FAIL', STAT_CONNECT_FAIL),
                        ('STAT_BEACON_TIMEOUT', STAT_BEACON_TIMEOUT),
                        ('STAT_ASSOC_FAIL', STAT_ASSOC_FAIL),
                        ('STAT_HANDSHAKE_TIMEOUT', STAT_HANDSHAKE_TIMEOUT),
                        ('MODE_11B', 1), ('MODE_11G', 2), ('MODE_11N', 4), ('MODE_LR', 8)]:
        d.setitem_str(name, space.newint(value))
    d.setitem_str('hostname', W_BuiltinFunction('hostname', network_hostname))
    d.setitem_str('country', W_BuiltinFunction('country', network_country))
    d.setitem_str('ipconfig', W_BuiltinFunction('ipconfig', network_ipconfig))
    return w_mod
