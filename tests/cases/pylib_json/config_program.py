# a small program: load a config, update it, dump it back
import io
import json

DEFAULTS = {'name': 'device', 'interval': 5, 'sensors': [], 'wifi': {'ssid': '', 'retries': 3}}

def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

stored = io.StringIO('{"interval": 10, "wifi": {"ssid": "home"}, "sensors": [{"id": 1, "kind": "temp", "scale": 0.5}]}')
cfg = merge(DEFAULTS, json.load(stored))
cfg['sensors'].append({'id': 2, 'kind': 'hum\u00eddity', 'scale': 1e-3})
out = io.StringIO()
json.dump(cfg, out, separators=(',', ':'))
text = out.getvalue()
print(text)
again = json.loads(text)
print(again == cfg, again['sensors'][1]['kind'] == 'hum\u00eddity')
print(json.dumps(again, indent=2, sort_keys=True))
