"""Exclusive CPU time by stage, for the bench scripts that break a run down (cost_table.py in
process, stages.py in a child process): each stage's functions are wrapped by a timer of the
process's CPU time, and a stage called inside another is charged apart from it."""
from __future__ import annotations

import functools
import importlib
import sys
import time
from typing import Callable, Iterable, Optional


class Timers:
    """CPU seconds by stage, charged as the wrapped functions enter and leave; what no stage holds
    goes to `first` (the bottom of the stack). `since`: the clock's start (0.0: the process's)."""

    def __init__(self, first: str = "rest", since: Optional[float] = None) -> None:
        self.spent: dict[str, float] = {}
        self.stack = [first]
        self.last = time.process_time() if since is None else since

    def charge(self) -> None:
        now = time.process_time()
        self.spent[self.stack[-1]] = self.spent.get(self.stack[-1], 0.0) + now - self.last
        self.last = now

    def wrap(self, fn: Callable, stage: str) -> Callable:
        @functools.wraps(fn)
        def timed(*a, **k):
            self.charge()
            self.stack.append(stage)
            try:
                return fn(*a, **k)
            finally:
                self.charge()
                self.stack.pop()
        return timed

    def install(self, stages: Iterable[tuple[str, str, str]]) -> None:
        """Wrap each (module, attribute, stage): a function, a method or a classmethod (Class.method)."""
        stages = list(stages)
        for modname, _, _ in stages:
            importlib.import_module(modname)
        for modname, attr, stage in stages:
            mod = sys.modules[modname]
            if "." in attr:
                cls_name, name = attr.split(".")
                cls = getattr(mod, cls_name)
                raw = cls.__dict__[name]
                setattr(cls, name, classmethod(self.wrap(raw.__func__, stage)) if isinstance(raw, classmethod)
                        else self.wrap(raw, stage))
                continue
            fn = getattr(mod, attr)
            new = self.wrap(fn, stage)
            for other in list(sys.modules.values()):  # the modules that imported it by name too
                if getattr(other, "__name__", "").startswith("extractor") and getattr(other, attr, None) is fn:
                    setattr(other, attr, new)
