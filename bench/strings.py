# String building, slicing and formatting: builds a report of formatted
# records with %-formatting, str.format and f-strings, joins, splits,
# slices, case changes, replace/find, and a Caesar cipher over the text.
# Size: N records.
import sys

N = 250000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliet", "kilo", "lima", "mike"]


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def record(i):
    name = NAMES[i % len(NAMES)]
    qty = (i * 7919) % 1000
    price = ((i * 104729) % 100000) / 100.0
    if i % 3 == 0:
        line = "%06d|%-10s|%5d|%10.2f" % (i, name, qty, price)
    elif i % 3 == 1:
        line = "{:06d}|{:<10}|{:>5}|{:>10.2f}".format(i, name, qty, price)
    else:
        line = f"{i:06d}|{name:<10}|{qty:5d}|{price:10.2f}"
    return line


def process(n):
    lines = [record(i) for i in range(n)]
    text = "\n".join(lines)
    total_qty = 0
    upper_count = 0
    acc = 0
    for line in text.split("\n"):
        fields = line.split("|")
        total_qty += int(fields[2])
        name = fields[1].strip()
        title = name[:1].upper() + name[1:]
        if title.startswith("E") or title.endswith("o"):
            upper_count += 1
        rev = line[::-1]
        acc = (acc * 31 + len(rev) + rev.find("|") + ord(rev[3])) % 1000000007
    replaced = text.replace("alpha", "ALPHA").replace("|", ";")
    enc = caesar(replaced[:200000], 3)
    dec = caesar(enc, 23)
    assert dec == replaced[:200000]
    words = replaced.lower().split(";")
    return (len(text), total_qty, upper_count, acc, enc.count("d"),
            replaced.count("ALPHA"), len(words), enc[100:130])


print(process(N))
