# a realistic workload: parsing log lines and a config file
import re

LOG = '''\
2024-01-15 08:30:01,123 INFO  [main] Server started on port 8080
2024-01-15 08:30:05,456 DEBUG [worker-1] Connection from 192.168.1.20:51234
2024-01-15 08:31:10,789 WARN  [worker-2] Slow request GET /api/users?id=42 took 1532ms
2024-01-15 08:32:00,001 ERROR [worker-1] Failed to connect to db.example.com:5432 (timeout)
garbage line that does not match
2024-01-15 08:33:45,999 INFO  [main] Request POST /api/login took 87ms
2024-01-15 08:34:00,500 ERROR [worker-3] NullPointer in handler /api/orders
'''

LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+),(?P<ms>\d{3}) '
                  r'(?P<level>[A-Z]+)\s+\[(?P<thread>[\w-]+)\] (?P<msg>.*)$')
counts = {}
errors = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print('skip:', line)
        continue
    level = m.group('level')
    counts[level] = counts.get(level, 0) + 1
    if level == 'ERROR':
        errors.append((m.group('time'), m.group('thread'), m.group('msg')))
print(sorted(counts.items()))
for e in errors:
    print(e)

durations = [int(d) for d in re.findall(r'took (\d+)ms', LOG)]
print(durations, sum(durations))
print(re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG))
print(re.findall(r'(GET|POST) (\S+)', LOG))
hosts = re.findall(r'([\w.-]+\.(?:com|org)):(\d+)', LOG)
print(hosts)
print(len(re.findall(r'^2024', LOG, re.M)))
print(re.sub(r'\d{3}\.\d{3}\.\d+\.\d+', 'x.x.x.x', LOG.splitlines()[1]))

CONFIG = '''
# comment
[server]
host = example.org
port=8080

[database]
url = postgres://user:pw@db:5432/app   ; trailing comment
pool_size   =  10
'''
section = None
conf = {}
for line in CONFIG.splitlines():
    if re.match(r'\s*(#|$)', line):
        continue
    m = re.match(r'\[(\w+)\]$', line)
    if m:
        section = m.group(1)
        conf[section] = {}
        continue
    m = re.match(r'\s*(\w+)\s*=\s*(.*?)\s*(?:;.*)?$', line)
    if m:
        conf[section][m.group(1)] = m.group(2)
print(conf)

# CSV-ish splitting with quoted fields
row = 'a,"b,c",d,"e ""q"" f",'
fields = [m.group(1) if m.group(1) is not None else m.group(2)
          for m in re.finditer(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))', row)]
print(fields)
# email-ish validation
for addr in ['a.b@c.com', 'bad@', '@bad.com', 'x_y+z@sub.domain.org']:
    print(addr, bool(re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', addr)))
