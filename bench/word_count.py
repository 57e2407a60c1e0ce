# Dict- and set-heavy code: generate a pseudo-random text from a syllable
# vocabulary, count words and word pairs in dicts, find the most frequent,
# and compute vocabulary set operations between the two halves of the text.
# Size: N words.
import sys

N = 600000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "de", "gu",
             "an", "el", "or", "us", "ba", "zi"]


def gen_words(n, seed):
    words = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
        k = 1 + (s >> 24) % 4
        w = ""
        for _ in range(k):
            s = (s * 1103515245 + 12345) & 0x7fffffff
            w += SYLLABLES[(s >> 16) % len(SYLLABLES)]
        words.append(w)
    return words


def count(words):
    counts = {}
    pairs = {}
    prev = None
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        if prev is not None:
            key = (prev, w)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = w
    return counts, pairs


def main(n):
    words = gen_words(n, 2024)
    counts, pairs = count(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    half = len(words) // 2
    a = set(words[:half])
    b = set(words[half:])
    by_len = {}
    for w in counts:
        by_len.setdefault(len(w), set()).add(w)
    hist = sorted((k, len(v)) for k, v in by_len.items())
    print(len(counts), len(pairs))
    print(top)
    print(top_pair)
    print(len(a & b), len(a | b), len(a - b), len(a ^ b))
    print(hist)


main(N)
