"""Other names of an organization on the same page: the name without its leading places
(常德市武陵区人社局 is also 武陵区人社局) and the same body written a few characters shorter
(武陵区创业就业服务工作站, 武陵区创业就业服务站)."""
from __future__ import annotations

import re


def add_aliases(orgs: list, places: list, suffix_re: re.Pattern) -> None:
    """常德市武陵区人社局 is also 武陵区人社局, 苏仙区良田镇邓家塘学校 also 邓家塘学校:
    the name without its leading places (one, then all) is an alias."""
    if not orgs:
        return
    starts = {p.start: p for p in places}
    for o in orgs:
        at, cuts = o.start, []
        while at in starts and starts[at].end < o.end:
            at = starts[at].end
            cuts.append(at)
        for c in cuts:
            short = o.name[c - o.start:]
            if _specific(short, suffix_re) and short not in o.aliases:
                o.aliases.append(short)
    # only names of the same head and last character can be one body: compare within those
    owns = ["".join(o.name.split()) for o in orgs]
    alike: dict[tuple[str, str], list[str]] = {}
    for n in sorted(set(owns)):
        alike.setdefault(_body_key(n), []).append(n)
    for o, own in zip(orgs, owns):
        o.aliases += [n for n in alike[_body_key(own)] if n != own and n not in o.aliases and _same_body(own, n)]


def _body_key(name: str) -> tuple[str, str]:
    """What _same_body needs two names to share: the first three characters and the last."""
    return name[:3], name[-1:]


def _specific(name: str, suffix_re: re.Pattern) -> bool:
    """邓家塘学校 still names one body; 人社局, 水利局, 职业技术学院 name a kind."""
    suffix = next((m for m in suffix_re.finditer(name) if m.end() == len(name)), None)
    return suffix is not None and suffix.start() >= 3


def _same_body(a: str, b: str) -> bool:
    """武陵区创业就业服务工作站 and 武陵区创业就业服务站: one body written two ways (a few
    characters left out, same head and last character)."""
    short, long_ = sorted((a, b), key=len)
    if a[:3] != b[:3] or a[-1] != b[-1] or not 0 < len(long_) - len(short) <= 3:
        return False
    chars = iter(long_)
    return all(c in chars for c in short)
