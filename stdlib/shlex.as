"""shlex: POSIX shell-style splitting (split), quoting (quote, join)."""

__all__ = ["split", "quote", "join"]

_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")


def quote(s):
    if not s:
        return "''"
    for ch in s:
        if ch not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    words = []
    word = []
    in_word = False
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in " \t\r\n":
            if in_word:
                words.append("".join(word))
                word = []
                in_word = False
            i += 1
            continue
        if comments and ch == "#" and not in_word:
            while i < n and s[i] != "\n":
                i += 1
            continue
        in_word = True
        if ch == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            word.append(s[i + 1:j])
            i = j + 1
            continue
        if ch == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and s[i + 1] in '$`"\\\n':
                    if s[i + 1] != "\n":
                        word.append(s[i + 1])
                    i += 2
                    continue
                word.append(c)
                i += 1
            continue
        if ch == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            if s[i + 1] != "\n":
                word.append(s[i + 1])
            i += 2
            continue
        word.append(ch)
        i += 1
    if in_word:
        words.append("".join(word))
    return words
