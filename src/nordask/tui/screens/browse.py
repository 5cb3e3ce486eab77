"""b: what the corpus holds, to browse: documents and their outlines, who's who, glossary.

Everything comes from `Assistant.overview()`, stored with the index, so the screen
opens at once and computes nothing. Enter on a heading, a passage or a mention
opens it in the document reader; `a` on an actor or an acronym asks about it in
the chat (the screen is dismissed with the question).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TabbedContent, TabPane, Tree
from textual.widgets.tree import TreeNode

from nordask.overview import (
    KINDS,
    ActorOverview,
    DocumentOverview,
    GlossaryEntry,
    Mention,
    Overview,
)
from nordask.overview_text import (
    KIND_TITLES,
    NOT_SPELLED_OUT,
    actor_where,
    mention_places,
)
from nordask.safe_text import one_line, strip_controls
from nordask.starters import question_about
from nordask.tui.screens.document import DocumentScreen, Place, corpus_file

#: What a tree node stands for.
Item = DocumentOverview | ActorOverview | GlossaryEntry | Place | None
TABS = ("documents", "actors", "glossary")
EMPTY = "Nothing of this kind was found in the corpus."
HINT = (
    "d documents · w who's who · g glossary · ↑↓ move · Enter open (a heading or "
    "passage: in the reader) · Space expand · a ask about this · Esc or q close"
)


def _text(text: str) -> Text:
    """A label from the corpus: never read as markup, no control characters."""
    return Text(strip_controls(text))


def _mention_label(mention: Mention) -> Text:
    page = f" p. {mention.page}" if mention.page else ""
    return Text.assemble((f"{mention.doc}{page}: ", "dim"), one_line(mention.text, 160))


def _mention_place(mention: Mention, title: str) -> Place:
    return Place.of_text(mention.doc, title, mention.page, mention.text)


def documents_tree(overview: Overview) -> Tree[Item]:
    """Each document, its outline under it (a heading's subheadings under the heading).
    Enter on a heading opens the reader there; Space expands it."""
    tree: Tree[Item] = Tree("Documents", id="documents-tree")
    tree.show_root = False
    tree.auto_expand = False
    for document in overview.documents:
        node = tree.root.add(_text(f"{document.title} · {document.doc}"), document)
        parents: list[TreeNode[Item]] = [node]
        for entry in document.outline:
            parent = parents[min(entry.level, len(parents) - 1)]
            page = f"  p. {entry.page}" if entry.page else ""
            label = Text.assemble(one_line(entry.title, 120), (page, "dim"))
            place = Place.of_text(document.doc, document.title, entry.page, entry.title)
            child = parent.add(label, place)
            parents = [*parents[: entry.level + 1], child]
    _leaves_cannot_expand(tree.root)
    return tree


def _leaves_cannot_expand(node: TreeNode[Item]) -> None:
    for child in node.children:
        child.allow_expand = bool(child.children)
        _leaves_cannot_expand(child)


def actors_tree(overview: Overview) -> Tree[Item]:
    tree: Tree[Item] = Tree("Who's who", id="actors-tree")
    tree.show_root = False
    for kind in KINDS:
        actors = [a for a in overview.actors if a.kind == kind]
        if not actors:
            continue
        group = tree.root.add(Text(f"{KIND_TITLES[kind]} ({len(actors)})", "bold"), expand=True)
        for actor in actors:
            node = group.add(_text(actor.name), actor)
            for mention in actor.passages:
                node.add_leaf(_mention_label(mention), _mention_place(mention, actor.name))
    return tree


def glossary_tree(overview: Overview) -> Tree[Item]:
    tree: Tree[Item] = Tree("Glossary", id="glossary-tree")
    tree.show_root = False
    for entry in overview.glossary:
        meaning = entry.expansion or NOT_SPELLED_OUT
        style = "" if entry.expansion else "italic dim"
        label = Text.assemble((entry.acronym, "bold"), "  ", (strip_controls(meaning), style))
        node = tree.root.add(label, entry)
        for mention in entry.where:
            node.add_leaf(_mention_label(mention), _mention_place(mention, entry.acronym))
    return tree


def document_detail(document: DocumentOverview) -> Content:
    languages = ", ".join(f"{lang} {share:.0%}" for lang, share in document.languages.items())
    pages = f"{document.pages} pages · " if document.pages else ""
    return Content.assemble(
        (document.title, "bold"),
        f"\n{document.doc}\n{pages}{document.passages} passages · {languages}\n\n",
        document.lead or "(no opening paragraph)",
        ("\n\nEnter shows the outline; Enter on a heading opens the reader there.", "dim"),
    )


def actor_detail(actor: ActorOverview) -> Content:
    others = [v for v in actor.variants if v != actor.name]
    mentions = f"{actor.mentions} mention{'s' if actor.mentions != 1 else ''}"
    parts: list[tuple[str, str] | str] = [
        (actor.name, "bold"),
        f"\n{KIND_TITLES[actor.kind]} · {mentions}\n{actor_where(actor)}",
    ]
    if others:
        parts.append(f"\nalso written: {', '.join(others)}")
    parts.append(("\n\nWhat it does", "bold"))
    parts += [f"\n» {sentence}" for sentence in actor.summary]
    parts.append(
        (
            f"\n\nEnter lists its passages (Enter on one opens the reader) · "
            f'a asks "{question_about(actor.name, actor.kind)}"',
            "dim",
        )
    )
    return Content.assemble(*parts)


def glossary_detail(entry: GlossaryEntry) -> Content:
    meaning = entry.expansion or f"({NOT_SPELLED_OUT})"
    parts: list[tuple[str, str] | str] = [
        (entry.acronym, "bold"),
        f"  {meaning}\nin {mention_places(entry.where)}\n",
    ]
    parts += [f"\n» {m.text}" for m in entry.where]
    parts.append((f'\n\na asks "{question_about(entry.acronym)}"', "dim"))
    return Content.assemble(*parts)


def place_detail(place: Place) -> Content:
    page = f" · page {place.page}" if place.page else ""
    return Content.assemble(
        (place.title, "bold"),
        f"\n{place.doc}{page}\n\n{place.text}",
        ("\n\nEnter opens the reader here.", "dim"),
    )


def detail(item: Item) -> Content:
    if isinstance(item, DocumentOverview):
        return document_detail(item)
    if isinstance(item, ActorOverview):
        return actor_detail(item)
    if isinstance(item, GlossaryEntry):
        return glossary_detail(item)
    if isinstance(item, Place):
        return place_detail(item)
    return Content("")


class BrowseScreen(ModalScreen[str | None]):
    """Dismissed with a question to ask ("ask about this"), or None when closed."""

    DEFAULT_CSS = """
    BrowseScreen {
        align: left top;
        background: $background;
    }
    BrowseScreen .browse-title {
        padding: 0 1;
        background: $boost;
    }
    BrowseScreen TabbedContent, BrowseScreen ContentSwitcher, BrowseScreen TabPane {
        height: 1fr;
    }
    BrowseScreen TabPane {
        padding: 0;
    }
    BrowseScreen .browse-pane {
        height: 1fr;
    }
    BrowseScreen Tree {
        width: 1fr;
        height: 1fr;
        scrollbar-size-vertical: 1;
    }
    BrowseScreen .browse-detail {
        width: 1fr;
        height: 1fr;
        padding: 0 1;
        border-left: vkey $primary 50%;
        scrollbar-size-vertical: 1;
    }
    BrowseScreen.-narrow .browse-pane {
        layout: vertical;
    }
    BrowseScreen.-narrow .browse-detail {
        width: 100%;
        height: 45%;
        border-left: none;
        border-top: hkey $primary 50%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close"),
        Binding("d", "show_tab('documents')", "Documents"),
        Binding("w", "show_tab('actors')", "Who's who"),
        Binding("g", "show_tab('glossary')", "Glossary"),
        Binding("a", "ask_about", "Ask about this"),
    ]

    def __init__(self, overview: Overview, corpus_dir: Path) -> None:
        super().__init__()
        self.overview = overview
        self.corpus_dir = corpus_dir

    @property
    def summary(self) -> str:
        o = self.overview
        return (
            f"The corpus: {len(o.documents)} documents · {len(o.actors)} in the who's who · "
            f"{len(o.glossary)} acronyms"
        )

    def compose(self) -> ComposeResult:
        yield Static(Content(self.summary), classes="browse-title")
        trees = (documents_tree, actors_tree, glossary_tree)
        titles = ("Documents", "Who's who", "Glossary")
        with TabbedContent(initial="documents"):
            for tab, title, make in zip(TABS, titles, trees, strict=True):
                with TabPane(title, id=tab), Horizontal(classes="browse-pane"):
                    tree = make(self.overview)
                    yield tree
                    empty = "" if tree.root.children else EMPTY
                    with VerticalScroll(classes="browse-detail", id=f"{tab}-detail"):
                        yield Static(Content(empty), classes="detail-text")
        yield Static(Content(HINT), classes="dialog-hint")

    def on_mount(self) -> None:
        self.action_show_tab("documents")

    def tree(self, tab: str) -> Tree[Item]:
        return self.query_one(f"#{tab}-tree", Tree)

    @property
    def current_tree(self) -> Tree[Item]:
        return self.tree(self.query_one(TabbedContent).active)

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        tree = self.tree(tab)
        tree.focus()
        if tree.cursor_node is None and tree.root.children:
            tree.move_cursor(tree.root.children[0])

    @on(TabbedContent.TabActivated)
    def focus_tab(self, event: TabbedContent.TabActivated) -> None:
        self.tree(event.pane.id or TABS[0]).focus()

    @on(Tree.NodeHighlighted)
    def show_detail(self, event: Tree.NodeHighlighted[Item]) -> None:
        tab = event.control.id.removesuffix("-tree") if event.control.id else TABS[0]
        pane = self.query_one(f"#{tab}-detail", VerticalScroll)
        shown = detail(event.node.data) if event.control.root.children else Content(EMPTY)
        pane.query_one(".detail-text", Static).update(shown)
        pane.scroll_home(animate=False)

    @on(Tree.NodeSelected)
    def open_place(self, event: Tree.NodeSelected[Item]) -> None:
        place = event.node.data
        if not isinstance(place, Place):  # a document, actor or acronym: Enter expands it
            if not event.control.auto_expand:
                event.node.toggle()
            return
        path = corpus_file(self, self.corpus_dir, place.doc)
        if path is not None:
            self.app.push_screen(DocumentScreen(path, place))

    def action_ask_about(self) -> None:
        node = self.current_tree.cursor_node
        while node is not None and not isinstance(node.data, ActorOverview | GlossaryEntry):
            node = node.parent
        if node is None:
            self.notify(
                "Pick an actor (w) or an acronym (g) to ask about.", markup=False, timeout=4
            )
        elif isinstance(node.data, ActorOverview):
            self.dismiss(question_about(node.data.name, node.data.kind))
        elif isinstance(node.data, GlossaryEntry):
            self.dismiss(question_about(node.data.acronym))
