"""A page's work written as steps (a generator that pauses between its stages), run for one page
or for several pages stage by stage.

Most of what a small page costs beyond its characters was no work of its own: each stage (the
rules, the dictionary's cut, the gazetteer's scan, the scope) reads its own tables and code, and
a page that ran every stage in turn found them gone from the CPU's caches by the time the next
page came back to them. Run stage by stage across a batch of pages (every page's rules, then
every page's words, ...), each stage finds what it reads still there: 800 articles of news in a
fifth less time. Each page's answers are the same: a page's steps read nothing of another page's."""
from __future__ import annotations

from typing import Callable, Generator, Iterable, Iterator, TypeVar

T = TypeVar("T")
Steps = Generator[None, None, T]  # yields (None) between stages, returns the page's result

# pages run together (by `extractor extract` and `extractor batch`): at most this many, and this many
# characters in all; a longer page runs alone, as a batch's records are all held until written
BATCH_PAGES = 64
BATCH_CHARS = 1 << 16


def finish(steps: Steps[T]) -> T:
    """The result of one page's steps, run to the end."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def interleaved(pages: list[Steps[T]]) -> list[T]:
    """The results of several pages' steps, in their order: each round runs the next stage of
    every page not yet done (a page whose work has fewer stages is done earlier)."""
    results: list = [None] * len(pages)
    pending = list(range(len(pages)))
    while pending:
        left = []
        for i in pending:
            try:
                next(pages[i])
            except StopIteration as done:
                results[i] = done.value
                pages[i] = None  # its frames freed now, not at the batch's end
            else:
                left.append(i)
        pending = left
    return results


def batches(items: Iterable[T], chars: Callable[[T], int]) -> Iterator[list[T]]:
    """The items (pages) in order, in batches of at most BATCH_PAGES of them and BATCH_CHARS
    characters (chars: an item's); a longer one is a batch of its own."""
    batch: list[T] = []
    size = 0
    for item in items:
        n = chars(item)
        if batch and (len(batch) == BATCH_PAGES or size + n > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield batch
