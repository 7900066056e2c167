"""Doc -> Document: runs the stages in order.  Shared by the CLI, the API and the scale-out engines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from .actors import find_actors
from .attribution import find_attributions
from .batching import batches
from .events import find_events
from .model import Document, SourceDocument
from .nlp import DEFAULT_BATCH_SIZE, doc_text, load_nlp, model_name


@dataclass(frozen=True)
class Options:
    """Everything that decides how documents are coded; passed down whole."""

    model: str | None = None
    actors_files: tuple[str, ...] = ()
    agents_files: tuple[str, ...] = ()
    replace_kb: bool = False  # True: user dictionaries replace the built-in knowledge base (and lexicon)
    verbs_files: tuple[str, ...] = ()  # PETRARCH-format verb dictionaries merged into the event lexicon
    batch_size: int = DEFAULT_BATCH_SIZE
    jobs: int = 1
    require_source: bool = True  # drop events whose source has no actor code (PETRARCH's require_dyad, per side)
    require_target: bool = False  # drop events whose target has no actor code
    settle_countries: bool = True  # a sector-only side takes the country its place or story settles
    kb_files: tuple[str, ...] = ()  # local knowledge-base CSV files (newsdyad.actors.userkb)
    keep_unknown_codes: bool = False  # keep --verbs patterns whose codes are not CAMEO (test dictionaries)

    @property
    def model_name(self) -> str:
        return model_name(self.model)


def _load_kb(options: Options):
    try:
        from .actors.kb import load_knowledge_base
    except ImportError:  # knowledge base not built yet
        return None
    return load_knowledge_base(
        actors_files=options.actors_files,
        agents_files=options.agents_files,
        replace=options.replace_kb,
        kb_files=options.kb_files,
    )


def _load_lexicon(options: Options):
    from .events.lexicon import load_lexicon

    return load_lexicon(tuple(options.verbs_files), bool(options.replace_kb), bool(options.keep_unknown_codes))


def code_parsed(doc, source: SourceDocument, kb=None, lexicon=None, options: Options | None = None) -> Document:
    """Run every extraction stage over one parsed spaCy Doc (pure: no I/O)."""
    options = options or Options()
    actors = find_actors(doc, date=source.date, kb=kb)
    attributed = find_attributions(doc, actors)
    events = find_events(
        doc,
        actors=attributed.actors,
        attributions=attributed.attributions,
        date=source.date,
        require_source=options.require_source,
        require_target=options.require_target,
        settle_countries=options.settle_countries,
        lexicon=lexicon,
        # --replace-kb: only the user's dictionaries name countries, not the built-in country names
        country_names=kb is None or "builtin" in getattr(kb, "sources", ("builtin",)),
    )
    return Document(
        doc_id=source.resolved_id(),
        text=doc_text(doc),
        date=source.date,
        publisher=source.publisher,
        title=source.title,
        url=source.url,
        sentences=[(s.start_char, s.end_char) for s in doc.sents if s.text.strip()],
        actors=attributed.actors,
        attributions=attributed.attributions,
        events=events,
        notes=list(attributed.notes),
    )


class Pipeline:
    """A loaded spaCy pipeline plus knowledge base: code source documents into Documents."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.nlp = load_nlp(self.options.model_name)
        self.kb = _load_kb(self.options)
        self.lexicon = _load_lexicon(self.options)

    def code(self, sources: Iterable[SourceDocument]) -> Iterator[Document]:
        """Code a stream of documents in this process, in input order; memory stays flat.

        A document longer than ``longdoc.PART_CHARS`` is coded in parts cut at paragraph
        breaks, and the parts joined into one Document (see newsdyad.longdoc)."""
        from .longdoc import PART_CHARS

        limit = min(PART_CHARS, self.nlp.max_length - 1)
        for long, batch in batches(sources, self.options.batch_size, lambda s: len(s.text) > limit):
            if long:
                yield self.code_long(batch[0])
            else:
                yield from self._code_short(batch)

    def _code_short(self, batch: list[SourceDocument]):
        pairs = ((s.text, s) for s in batch)
        for doc, source in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.options.batch_size):
            yield self._code_parsed(doc, source)

    def _code_parsed(self, doc, source: SourceDocument) -> Document:
        """code_parsed, but a failure in an extraction stage costs this document its
        annotations, not the run: the document is kept, with a note saying what failed."""
        try:
            return code_parsed(doc, source, self.kb, self.lexicon, self.options)
        except Exception as exc:  # a bug met on odd input: keep going, and say so
            import logging

            where = source.origin or source.resolved_id()
            logging.getLogger("newsdyad").warning("%s: coding failed: %s: %s", where, type(exc).__name__, exc)
            return Document(doc_id=source.resolved_id(), text=doc_text(doc), date=source.date,
                            publisher=source.publisher, title=source.title, url=source.url,
                            sentences=[(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
                            if doc.has_annotation("SENT_START") else [],
                            notes=[f"coding failed: {type(exc).__name__}: {exc}"])

    def code_long(self, source: SourceDocument) -> Document:
        """Code a long document part by part (at most PART_CHARS characters at once)."""
        from .longdoc import PART_CHARS, join_parts, split_points

        text = source.text
        points = split_points(text, min(PART_CHARS, self.nlp.max_length - 1))
        whole = Document(doc_id=source.resolved_id(), text=text, date=source.date,
                         publisher=source.publisher, title=source.title, url=source.url)

        def parts():
            for a, b in zip(points, points[1:]):
                part = SourceDocument(text=text[a:b], doc_id=whole.doc_id, date=source.date)
                yield a, self._code_parsed(self.nlp(part.text), part)

        return join_parts(whole, parts())

    def code_one(self, source: SourceDocument) -> Document:
        return next(iter(self.code([source])))


_default: dict[Options, Pipeline] = {}


def load_pipeline(options: Options | None = None, **kwargs) -> Pipeline:
    """The pipeline for these options, loaded once per process."""
    options = options or Options(**kwargs)
    if options not in _default:
        _default[options] = Pipeline(options)
    return _default[options]


def code_text(text: str, *, doc_id: str | None = None, date: str | None = None,
              publisher: str | None = None, options: Options | None = None) -> Document:
    """Code one text: the simplest entry point of the Python API.

    `date` may be any common form ("2014-03-03", "March 3, 2014", epoch seconds); ValueError
    (newsdyad.dates.DateError) when it is no date."""
    from .dates import DateError, parse_date

    try:
        date = parse_date(date)
    except DateError as exc:
        raise DateError(f"date {date!r} is not a date: {exc}") from None
    pipeline = load_pipeline(options)
    return pipeline.code_one(SourceDocument(text=text, doc_id=doc_id, date=date, publisher=publisher))

