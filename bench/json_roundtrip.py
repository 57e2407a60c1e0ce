# JSON: build nested structures of dicts, lists, strings, ints, floats,
# booleans and None; json.dumps and json.loads them repeatedly, and
# aggregate over the decoded data.  Size: N records per document.
import sys
import json

N = 10000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
ROUNDS = 10


def make_doc(n, seed):
    s = seed
    records = []
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        records.append({
            "id": i,
            "name": "item-%d" % (s % 10000),
            "price": (s % 100000) / 100.0,
            "tags": ["t%d" % ((s >> k) % 20) for k in (3, 7, 11)],
            "active": bool(s & 1),
            "parent": None if i % 4 else i // 4,
            "dims": {"w": s % 50, "h": (s >> 6) % 50, "unit": "cm"},
        })
    return {"version": 3, "source": "bench \"quoted\" \\ text", "records": records}


def main(n):
    doc = make_doc(n, 3)
    total_len = 0
    agg = 0
    for r in range(ROUNDS):
        text = json.dumps(doc)
        total_len += len(text)
        back = json.loads(text)
        assert back == doc
        area = 0
        for rec in back["records"]:
            d = rec["dims"]
            area += d["w"] * d["h"]
            if rec["active"]:
                area += len(rec["tags"][0])
        agg = (agg * 31 + area) % 1000000007
        doc["records"][r]["name"] = "renamed-%d" % r
    small = json.loads('{"a": [1, 2.5, -3e2, true, false, null, "\\u00e9\\n"]}')
    print(total_len, agg, len(doc["records"]))
    print(json.dumps(small["a"][:6]), len(small["a"][6]))
    print(sum(rec["price"] for rec in back["records"]) > 0)


main(N)
