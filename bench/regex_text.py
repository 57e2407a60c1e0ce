# Regular expressions: generate a log-like text, then re.compile'd patterns
# with findall, search, match, sub (string and function replacements),
# split and groups.  Size: N log lines.
import sys
import re

N = 120000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

USERS = ["alice", "bob", "carol", "dave", "erin", "frank"]
ACTIONS = ["login", "logout", "upload", "download", "delete"]


def gen_log(n):
    lines = []
    s = 11
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        user = USERS[(s >> 8) % len(USERS)]
        action = ACTIONS[(s >> 12) % len(ACTIONS)]
        size = (s >> 4) % 100000
        hh = (i // 3600) % 24
        mm = (i // 60) % 60
        ss = i % 60
        ip = "10.%d.%d.%d" % ((s >> 5) % 256, (s >> 13) % 256, (s >> 21) % 256)
        lines.append("%02d:%02d:%02d %s user=%s ip=%s size=%d status=%s" % (
            hh, mm, ss, action.upper(), user, ip, size,
            "OK" if s % 5 else "FAIL"))
    return lines


LINE = re.compile(r"(\d\d):(\d\d):(\d\d) (\w+) user=(\w+) ip=([\d.]+) size=(\d+) status=(\w+)")
IP = re.compile(r"\d+\.\d+\.\d+\.\d+")
NUM = re.compile(r"\d+")
FAIL = re.compile(r"status=FAIL")
SEP = re.compile(r"[ =]+")


def main(n):
    lines = gen_log(n)
    per_user = {}
    total = 0
    fails = 0
    for line in lines:
        m = LINE.match(line)
        user = m.group(5)
        size = int(m.group(7))
        per_user[user] = per_user.get(user, 0) + size
        total += int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        if FAIL.search(line):
            fails += 1
    text = "\n".join(lines[: n // 4])
    ips = IP.findall(text)
    nums = NUM.findall(text)
    masked = IP.sub("x.x.x.x", text)
    doubled = NUM.sub(lambda mo: str(int(mo.group(0)) * 2), text[:100000])
    fields = 0
    for line in lines[: n // 4]:
        fields += len(SEP.split(line))
    print(sorted(per_user.items()))
    print(total, fails, len(ips), len(nums), sum(int(x) for x in nums) % 1000003)
    print(len(masked), masked[:60])
    print(len(doubled), doubled[-40:], fields)


main(N)
