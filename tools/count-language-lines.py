#!/usr/bin/env python3
"""Counts the C# code lines under src/ that spell Chinese or Vietnamese words, comments excluded.

Language knowledge belongs in src/NewsExtract/Languages/*.json; this measures how much of it is still written in C#.

A line counts when the part of it that is code (string and character literals included; // and /* */ comments,
and /// documentation, excluded) holds a Han character (CJK unified ideographs, extension A, compatibility
ideographs, the supplementary planes) or a Vietnamese letter with a diacritic (ă â đ ê ô ơ ư and the tone-marked
vowels, either case, precomposed or as a base letter and a combining mark).

Separately it lists code lines that write such characters as \\uXXXX escapes, so that a word is not hidden from the
count by escaping it (a range bound such as '\\u4E00' in the one definition of a Han character shows up there too).

    tools/count-language-lines.py            the count and each line
    tools/count-language-lines.py --quiet    the count only
"""
import os
import re
import sys

VIETNAMESE = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")
VIETNAMESE_MARKS = {0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B}


def is_han(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3134F)


def spells_language(code):
    for i, ch in enumerate(code):
        cp = ord(ch)
        if is_han(cp) or ch in VIETNAMESE:
            return True
        if cp in VIETNAMESE_MARKS and i > 0 and code[i - 1].isalpha():
            return True
    return False


ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def escapes_language(code):
    for m in ESCAPE.finditer(code):
        cp = int(m.group(1) or m.group(2), 16)
        if is_han(cp) or chr(cp) in VIETNAMESE:
            return True
    return False


def code_lines(text):
    """Yields (line number, the line's code with comments blanked out)."""
    out = []
    line = []
    i, n = 0, len(text)
    state = None  # None, 'line', 'block'
    while i < n:
        c = text[i]
        if c == '\n':
            out.append(''.join(line))
            line = []
            if state == 'line':
                state = None
            i += 1
            continue
        if state == 'line':
            i += 1
            continue
        if state == 'block':
            if text.startswith('*/', i):
                state = None
                i += 2
            else:
                i += 1
            continue
        if text.startswith('//', i):
            state = 'line'
            i += 2
            continue
        if text.startswith('/*', i):
            state = 'block'
            i += 2
            continue
        # Raw string literal: three or more quotes, possibly after $ signs.
        m = re.match(r'\$*("{3,})', text[i:i + 40])
        if m:
            quotes = m.group(1)
            start = i
            i += m.end()
            end = text.find(quotes, i)
            end = n if end < 0 else end + len(quotes)
            for ch in text[start:end]:
                if ch == '\n':
                    out.append(''.join(line))
                    line = []
                else:
                    line.append(ch)
            i = end
            continue
        m = re.match(r'(\$@|@\$|@|\$)?"', text[i:i + 3])
        if m:
            verbatim = '@' in (m.group(1) or '')
            start = i
            i += m.end()
            while i < n:
                ch = text[i]
                if verbatim and ch == '"' and i + 1 < n and text[i + 1] == '"':
                    i += 2
                    continue
                if not verbatim and ch == '\\':
                    i += 2
                    continue
                if ch == '"' or (not verbatim and ch == '\n'):
                    i += 1
                    break
                i += 1
            for ch in text[start:i]:
                if ch == '\n':
                    out.append(''.join(line))
                    line = []
                else:
                    line.append(ch)
            continue
        if c == "'":
            m = re.match(r"'(\\.[^']*|[^'\\\n])'", text[i:i + 12])
            if m:
                line.append(m.group(0))
                i += m.end()
                continue
        line.append(c)
        i += 1
    out.append(''.join(line))
    return enumerate(out, start=1)


def main():
    quiet = '--quiet' in sys.argv
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src')
    spelled, escaped = [], []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ('bin', 'obj'))
        for name in sorted(files):
            if not name.endswith('.cs'):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding='utf-8-sig') as f:
                text = f.read()
            rel = os.path.relpath(path, os.path.join(root, '..'))
            for number, code in code_lines(text):
                if spells_language(code):
                    spelled.append((rel, number, code.strip()))
                elif escapes_language(code):
                    escaped.append((rel, number, code.strip()))
    if not quiet:
        for rel, number, code in spelled:
            print(f'{rel}:{number}: {code}')
        if escaped:
            print('-- written as escapes:')
            for rel, number, code in escaped:
                print(f'{rel}:{number}: {code}')
    print(f'{len(spelled)} code lines spell Chinese or Vietnamese; {len(escaped)} more write such characters as escapes')


if __name__ == '__main__':
    main()
