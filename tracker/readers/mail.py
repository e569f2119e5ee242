"""E-mails and newsletters: the Subject is the title, the Date header the published time.

Two shapes arrive. A raw message (``.eml``, or one saved under a ``.txt`` name, with its
MIME headers) is decoded by the stdlib's parser (``read_email``). A message as an e-mail
client shows, prints or saves it as text ("From:", "Sent:", "To:", "Subject:" lines above
the body, no MIME headers, maybe no blank line after them, maybe a forwarded message
inside) is read from its lines (``read_mail_text``); the forwarded original's headers win,
as it is the message that was published.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr

from tracker.models import Article
from tracker.readers.credits import credit_of, without_credits
from tracker.readers.dates import MONTHS, normalize_field_date, parse_date_line
from tracker.readers.decoding import check_not_binary, normalize_text, sniff_binary
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import SEPARATOR, drop_furniture, is_print_furniture, paragraphs_of, read_text
from tracker.readers.titles import (
    MAX_TITLE,
    MIN_HEADLINE_WORDS,
    headline_opening,
    looks_like_headline,
    newsletter_name,
    publication_of,
    title_fault,
    without_masthead,
)

# The conventional signature separator; what follows it is the sender's footer.
_SIGNATURE = re.compile(r"^-- ?$", re.M)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", re.M)

# Header names a mail client or server writes above a message ("Sent" is Outlook's "Date").
MAIL_HEADERS = frozenset((
    "from", "to", "cc", "bcc", "date", "sent", "subject", "reply-to", "sender", "return-path", "received",
    "delivered-to", "message-id", "in-reply-to", "references", "importance", "priority", "attachments",
    "organization", "list-id", "list-unsubscribe", "list-unsubscribe-post", "precedence", "thread-topic",
    "thread-index", "user-agent", "mime-version", "content-type", "content-transfer-encoding", "content-language",
))  # fmt: skip
_MIME_HEADERS = frozenset(("mime-version", "content-type", "content-transfer-encoding"))
_TEXT_HEADER = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(?P<value>.*)$")
# What a client writes above a forwarded or quoted original (Gmail, Outlook, Apple Mail, Thunderbird).
_FORWARD_MARK = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|original message|forwarded by .{1,80})\s*-*"
    r"|begin forwarded message:?|_{8,}|-{8,})$",
    re.I,
)
# Lines searched for a forward marker (a forwarder's own note may stand above it).
FORWARD_SEARCH_LINES = 25
# "Fwd:", "FW:", "Re:" before a subject, and what an alert service or a mail gateway puts there
# ("News alert:", "Breaking -", "[EXTERNAL]", "[Sahel watch]").
_REPLY_PREFIX = re.compile(
    r"^(?:(?:fwd?|fw|re|aw|wg|tr|rv|enc|sv|vs)\s*:\s*"
    r"|\[[^\[\]]{1,40}\]\s*"
    r"|(?:(?:news|media|press|google|breaking|keyword|topic)\s+)?(?:alert|alerte|alerta)s?\s*[:|\u2013\u2014-]\s*"
    r"|(?:breaking(?:\s+news)?|urgent|flash)\s*[:|\u2013\u2014-]\s*)+",
    re.I,
)
_MAILTO = re.compile(r"\s*[\[<(]mailto:[^\])>]*[\])>]\s*", re.I)
MAX_LEADING_LINE = 80
# Short lines of any kind a print of messages may put above the first header block (the account
# name Outlook prints, a note); print furniture (``plaintext.is_print_furniture``: "Printed by: ...",
# "Page 1 of 2", "Folder: Inbox", the digest's own title) does not count, up to MAX_PRINT_HEADER lines in all.
MAX_LINES_ABOVE_HEADERS = 3
MAX_PRINT_HEADER = 12
# Short lines a newsletter may put above its headline (preheader, "View in browser", masthead, issue line).
MAX_LINES_ABOVE_HEADLINE = 5
_QUOTE = re.compile(r"^\s*> ?")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]$")


def _body_text(message: EmailMessage) -> tuple[str, bool]:
    """The text/plain body, else the text/html one as text; and whether it was plain text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise FormatError("the e-mail has no text/plain or text/html part")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:  # an unknown charset or broken transfer encoding
        raise FormatError(f"the e-mail's {part.get_content_type()} part cannot be decoded ({exc})") from None
    if not isinstance(content, str):
        raise FormatError(f"the e-mail's {part.get_content_type()} part is not text")
    if part.get_content_type() == "text/html":
        from tracker.readers.html import html_fragment_text  # trafilatura is slow to import: only when needed

        return html_fragment_text(content), False
    return content, True


def _sender(message: EmailMessage) -> str | None:
    """The From header's display name ("Baltic Briefing"), else its address."""
    header = message.get("From")
    addresses: tuple[Address, ...] = getattr(header, "addresses", ()) if header is not None else ()
    if addresses:
        return addresses[0].display_name or addresses[0].addr_spec or None
    return str(header).strip() or None if header is not None else None


# The envelope line above each message of an mbox mailbox: "From press@mfa.example Tue Mar  4 09:12:01 2025".
_MBOX_ENVELOPE = re.compile(rb"^From \S{1,320}(?: [^\r\n]{0,120})?\r?$", re.M)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox mailbox (one envelope line above each); ``[data]`` when there is one."""
    stripped = data.lstrip()
    if not stripped.startswith(b"From "):
        return [data]
    starts = [m.start() for m in _MBOX_ENVELOPE.finditer(stripped) if _HEADER_LINE.match(stripped[m.end():].lstrip(b"\r\n")[:200])]
    if len(starts) < 2 or starts[0] != 0:
        return [data]
    return [stripped[a:b] for a, b in zip(starts, [*starts[1:], len(stripped)])]


def read_email(data: bytes, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """The articles of a saved e-mail (RFC 5322, MIME parts decoded by the stdlib), one per message
    of an mbox mailbox, one per story of a digest (``digest_stories``). ``reference_date``: the day
    relative times in a digest without a Date header count back from."""
    if not data.strip():
        raise FormatError("empty file")
    label = sniff_binary(data)
    if label:
        raise FormatError(f"binary data ({label}), not a text news dump")
    messages = split_mbox(data)
    if len(messages) > 1:
        articles: list[Article] = []
        for number, message in enumerate(messages, start=1):
            try:
                articles.extend(read_email(message, first_position=first_position + len(articles), reference_date=reference_date))
            except FormatError as exc:
                raise FormatError(f"message {number} of the mailbox: {exc}") from None
        return articles
    data = data.lstrip()
    if data.startswith(b"From "):  # the envelope line an mbox export puts above the headers
        data = data.split(b"\n", 1)[-1]
    if not _HEADER_LINE.match(data[:200]):
        raise FormatError("not an e-mail: no header lines (such as 'Subject:' or 'From:') at the start")
    message = email.message_from_bytes(data, policy=email.policy.default)
    content, plain = _body_text(message)
    subject = normalize_text(str(message.get("Subject") or ""))
    published = normalize_field_date(str(message.get("Date") or "").strip() or None)
    outlet = _sender(message)
    lines = normalize_text(content).split("\n")
    if (forwarded := _forwarded(lines)) is None:
        text = normalize_text(_SIGNATURE.split("\n".join(_without_quoted_tail(content.split("\n"))), maxsplit=1)[0] if plain else content)
    else:
        # A forward's own note, signature and date are not the article: the forwarded original is, with
        # its own Subject, Date and From (so its "on Thursday" counts from the day it was sent).
        while forwarded is not None:
            inner, rest = forwarded
            lines = _unquoted(rest)
            subject = _REPLY_PREFIX.sub("", inner.get("subject", "")) or _REPLY_PREFIX.sub("", subject)
            when = inner.get("date") or inner.get("sent")
            if when:
                published = normalize_field_date(when) or parse_date_line(when)
            outlet = _sender_name(inner["from"]) if inner.get("from") else outlet
            forwarded = _forwarded(lines)
        text = _SIGNATURE.split("\n".join(lines), maxsplit=1)[0]
    check_not_binary(text)
    if plain and (stories := digest_stories(text, published=published, outlet=outlet, position=first_position, reference_date=reference_date)):
        return stories
    body = paragraphs_of(_mail_paragraphs("\n".join(drop_furniture([line.strip() for line in text.split("\n")]))))
    title, body = _title_and_body(" ".join(_REPLY_PREFIX.sub("", subject.strip()).split()), body, outlets=(outlet,))
    body, outlet = _without_byline(body, outlet)
    return [
        Article(
            title=title,
            text=body,
            position=first_position,
            outlet=outlet,
            published=published,
            published_basis="field" if published else "reference",
        )
    ]


# An issue's day under a newsletter's masthead, without its year: "Saturday 8 June", "Tuesday, June 11".
_DAY_AND_MONTH = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>[a-z]{3,9})|(?P<month_first>[a-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)


def _is_day_and_month(line: str) -> bool:
    found = _DAY_AND_MONTH.match(line) if len(line) <= 40 else None
    return found is not None and (found["month"] or found["month_first"]).lower() in MONTHS


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w'\u2019&-]+", name.casefold()) if w != "the"}


def _newsletter_of(subject: str, paragraphs: list[str], outlets: tuple[str | None, ...]) -> tuple[str, int] | None:
    """(the newsletter's name, the paragraph after its masthead in the body or 0) when ``subject`` is only that
    name (``titles.newsletter_name``) and something says so: an issue number or date with it ("The Lagoon Letter
    #42"), the sender's name ("Reef Line Team"), or the body opening with the name as its masthead, short
    ("Morning Currents"), in capitals, or over an issue or date line."""
    named = newsletter_name(subject)
    if named is None:
        return None
    name, numbered = named
    words = _name_words(name)
    sender = any(words <= _name_words(o) or _name_words(o) <= words for o in outlets if o and _name_words(o))
    for index, paragraph in enumerate(paragraphs[: MAX_LINES_ABOVE_HEADLINE + 1]):
        if len(paragraph) > MAX_LEADING_LINE:
            break
        masthead = paragraph.casefold() == name.casefold() or (publication_of(paragraph, outlets=(name,)) or ("",))[0].casefold() == name.casefold()
        if not masthead:
            continue
        under = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if numbered or sender or len(name.split()) < MIN_HEADLINE_WORDS or paragraph.isupper() or (under and title_fault(under, outlets=(name,)) is not None):
            return name, index + 1
    return (name, 0) if numbered or sender else None


# The link closing each item of a digest that sets no rules between them ("Read more", "Continue reading \u2192").
_ITEM_LINK = re.compile(r"^(?:read more|continue reading|read the full (?:story|article)|full story)\s*(?:[\u2192\u00bb\u203a>]+|\.{3}|\u2026)?$", re.IGNORECASE)
# Text above a digest's first rule is a story only when this long: shorter, it is the masthead, the
# issue's date line and a greeting ("Good morning. Four items today.").
MIN_DIGEST_HEAD_STORY = 200


def digest_stories(text: str, *, published: str | None, outlet: str | None, position: int, reference_date: dt.date | None) -> list[Article] | None:
    """The stories of a digest or newsletter whose body sets them between rules ("-----", "=====") under a
    headline each (a date line, byline or outlet line under it), read as a text dump's articles are
    (``plaintext.read_text``); None for a body with fewer than two rules or two stories under headlines
    (one story: the subject may be its title).

    Each story keeps its own headline, date line and outlet; one without them takes the message's date
    and sender. A section label alone between two rules ("SPORT") and the masthead, issue line and
    greeting above the first rule are no stories."""
    lines = [line.strip() for line in text.split("\n")]
    rules = [index for index, line in enumerate(lines) if SEPARATOR.match(line[:200])]
    links = [index for index, line in enumerate(lines) if _ITEM_LINK.match(line[:60])]
    linked = len(rules) < 2 and len(links) >= 2
    if linked:
        # "Headline / a paragraph / Read more" item after item: each link closes its story as a rule would
        lines = ["-----" if index in links else line for index, line in enumerate(lines)]
        rules = links
    if len(rules) < 2:
        return None
    sent = normalize_field_date(published) if published else None
    day = dt.date.fromisoformat(sent[:10]) if sent else None
    found = read_text(normalize_text("\n".join(lines)), reference_date=day or reference_date or dt.date.today())
    stories = [article for article in found if article.text.strip()]
    head = "\n".join(lines[: rules[0]])
    if not linked and stories and stories[0].title and stories[0].title in head and len(stories[0].text) < MIN_DIGEST_HEAD_STORY:
        stories = stories[1:]
    if sum(1 for story in stories if looks_like_headline(story.title)) < 2:
        return None  # one story and a section of briefs ("MARKETS" over a few sentences): the message is one article
    return [
        dataclasses.replace(
            story,
            position=position + number,
            outlet=story.outlet or outlet,
            **({} if story.published or not published else {"published": published, "published_basis": "field"}),
        )
        for number, story in enumerate(stories)
    ]


def _title_and_body(subject: str, body: str, *, outlets: tuple[str | None, ...] = ()) -> tuple[str, str]:
    """The title (the Subject; the headline when the body opens by repeating it, as a newsletter's
    "Brief | Headline" subject does, else the subject's headline after the newsletter's name) and the
    body without that repeated headline. ``outlets``: the sender's name."""
    if not body and not subject:
        raise FormatError("the e-mail has neither a subject nor any text")
    if not subject:
        return body.split("\n", 1)[0][:MAX_TITLE], body
    paragraphs = body.split("\n\n")
    if (newsletter := _newsletter_of(subject, paragraphs, outlets)) is not None:
        name, start = newsletter
        while start < len(paragraphs) and _is_day_and_month(paragraphs[start]):
            start += 1  # "Saturday 8 June" under the masthead: the day
        if opening := headline_opening("\n\n".join(paragraphs[start:]), outlets=(*outlets, name)):
            return opening  # a subject that is only the newsletter's name: the first story's headline is the title
    found = None  # the longest leading paragraph the subject repeats (the headline, not the masthead)
    for index, first in enumerate(paragraphs[: MAX_LINES_ABOVE_HEADLINE + 1]):
        if (
            len(first.split()) >= 3 and len(first) <= MAX_TITLE and not first.endswith(".") and first.casefold() in subject.casefold()
            and title_fault(first, outlets=outlets) is None  # "NORTH SEA TRADER" atop the body is the masthead the subject names
            and (found is None or len(first) > len(paragraphs[found]))
        ):
            found = index
        if len(first) > MAX_LEADING_LINE:
            break
    if found is not None:
        # "View in browser", the masthead and the date line above a newsletter's headline
        # are its header, not the story
        return paragraphs[found], "\n\n".join(paragraphs[found + 1 :])
    if title_fault(subject, outlets=outlets) and (opening := headline_opening(body, outlets=outlets)):
        return opening  # a subject that is only the newsletter's name or issue date; the body opens with the headline
    headline = without_masthead(subject, outlets=outlets)
    if headline != subject:
        # the subject named the newsletter before its headline: the masthead and issue line opening the body are its header too
        subject = headline
        while len(paragraphs) > 1 and len(paragraphs[0]) <= MAX_LEADING_LINE and title_fault(paragraphs[0], outlets=outlets):
            paragraphs = paragraphs[1:]
        body = "\n\n".join(paragraphs)
    if len(subject) > MAX_TITLE:
        subject = subject[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    return subject, body


def _without_byline(body: str, outlet: str | None) -> tuple[str, str | None]:
    """A message's story without the byline opening it ("By Mara Volkova | Baltic Ledger", "Mara Volkova /
    Baltic correspondent", "Baltic Desk | 12 March 2024"), as a newsletter or a forward carries it under the headline; the outlet a byline
    names is the message's when its sender gives none."""
    paragraphs, credited, _ = without_credits(body.split("\n\n"))
    if len(paragraphs) > 1 and _is_credit_line(paragraphs[0]):
        paragraphs = paragraphs[1:]  # "Island Desk | Saturday, 4 May 2024": the desk's line with its date
    return "\n\n".join(paragraphs), outlet or credited


def _is_mail_header(key: str) -> bool:
    key = key.lower()
    return key in MAIL_HEADERS or key.startswith("x-")


def _header_block(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The mail headers from ``lines[start]`` on (folded lines joined) and the index after them."""
    headers: dict[str, str] = {}
    last = None
    index = start
    while index < len(lines):
        line = lines[index]
        match = _TEXT_HEADER.match(line[:2000])
        if match and _is_mail_header(match["key"]):
            last = match["key"].lower()
            headers.setdefault(last, match["value"].strip())
        elif last is not None and line[:1] in (" ", "\t") and line.strip() and not _TEXT_HEADER.match(line.strip()[:200]):
            headers[last] = f"{headers[last]} {line.strip()}".strip()
        elif last is not None and not line.strip():
            # A blank line ends the headers, unless another header follows it (a Word or PDF
            # copy of a printed message puts a blank line after every line).
            following = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()), None)
            found = _TEXT_HEADER.match(lines[following][:2000]) if following is not None else None
            if not (found and _is_mail_header(found["key"])):
                break
            index = following
            continue
        else:
            break
        index += 1
    return headers, index


def _is_message(headers: dict[str, str], *, strict: bool = False) -> bool:
    """A sender or a date, and a subject; ``strict`` (a line stands above them) wants all three."""
    dated = "date" in headers or "sent" in headers
    if strict:
        return "subject" in headers and "from" in headers and dated
    return "subject" in headers and ("from" in headers or dated) and len(headers) >= 2


def mail_headers_at_top(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """(headers, index of the first body line) when ``lines`` open with an e-mail's header block.

    A blank line before the body is not needed; short lines above the headers (the account name
    Outlook prints, a print's header) are allowed when From, Sent/Date and Subject all follow: up to
    ``MAX_LINES_ABOVE_HEADERS`` of any kind, and print furniture besides.
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    if lines[first].startswith("From "):  # an mbox envelope line
        first += 1
    headers, end = _header_block(lines, first)
    if _is_message(headers):
        return headers, end
    above = first
    other = 0
    for _ in range(MAX_PRINT_HEADER):
        if len(lines[above].strip()) > MAX_LEADING_LINE or headers:
            break
        if not is_print_furniture(lines[above].strip()):
            other += 1
            if other > MAX_LINES_ABOVE_HEADERS:
                break
        above = next((i for i in range(above + 1, min(above + 3, len(lines))) if lines[i].strip()), None)
        if above is None:
            break
        headers, end = _header_block(lines, above)
        if _is_message(headers, strict=True):
            return headers, end
    return None


def is_mime_message(data: bytes) -> bool:
    """True when ``data`` opens with an e-mail's headers that include MIME ones (a raw message)."""
    head = data[:20_000].lstrip().decode("latin-1").replace("\r\n", "\n").split("\n")
    found = mail_headers_at_top(head[:400])
    return found is not None and any(key in found[0] for key in _MIME_HEADERS)


def _forwarded(lines: list[str]) -> tuple[dict[str, str], list[str]] | None:
    """The headers and body of a forwarded original near the top of a message body."""
    seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > FORWARD_SEARCH_LINES:
            return None
        if not _FORWARD_MARK.match(stripped[:200]):
            continue
        plain = [_QUOTE.sub("", l).strip() for l in lines]  # Apple Mail quotes the original's headers too
        start = next((i for i in range(index + 1, len(lines)) if plain[i]), len(lines))
        headers, end = _header_block(plain, start)
        if "from" in headers and _is_message(headers):
            return headers, lines[end:]
    return None


def _unquoted(lines: list[str]) -> list[str]:
    """Lines without one level of "> " quoting, when (nearly) every line is quoted."""
    texts = [line.strip() for line in lines if line.strip()]
    if texts and sum(1 for t in texts if t.startswith(">")) >= 0.8 * len(texts):
        return [_QUOTE.sub("", line) for line in lines]
    return lines


def _without_quoted_tail(lines: list[str]) -> list[str]:
    """``lines`` without the quoted message a reply ends with: the "> " lines closing the body and the
    "On 3 May 2024, at 09:12, Ana Ruiz wrote:" line above them; a body quoted throughout is kept."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    cut = end
    while cut and (_QUOTE.match(lines[cut - 1]) or not lines[cut - 1].strip()):
        cut -= 1
    if cut == end or not any(line.strip() for line in lines[:cut]):
        return lines
    intro = next((i for i in range(cut - 1, -1, -1) if lines[i].strip()), None)
    if intro is not None and _QUOTE_INTRO.search(lines[intro].strip()[-80:]):
        cut = intro
    return lines[:cut]


def _sender_name(value: str) -> str | None:
    """"Press Office" of "Press Office <press@x.example>", "Press Office [mailto:press@x.example]", "press@x.example"."""
    value = " ".join(_MAILTO.sub(" ", value).split())
    if "@" not in value:
        return value.strip('"')[:MAX_TITLE] or None
    name, address = parseaddr(value)
    return (" ".join(name.split()) or address or value)[:MAX_TITLE] or None


_PART_MARK = re.compile(r"\s*[|\u00b7\u2022]\s*")


def _is_credit_line(line: str) -> bool:
    """A byline, or a line of an outlet's or desk's name and a date between bars ("Island Desk | 4 May 2024")."""
    if len(line) > MAX_LEADING_LINE:
        return False
    return credit_of(line) is not None or any(parse_date_line(part) for part in _PART_MARK.split(line)[1:])


def _mail_paragraphs(text: str) -> str:
    """Paragraphs of a plain-text mail body: lines wrapped at a mail client's width are rejoined.

    A block of lines each 40 to 80 characters long but the last, some of them ending
    mid-sentence, is one wrapped paragraph (mail clients wrap at 72 to 78 columns).
    """
    blocks = re.split(r"\n\s*\n", text)
    joined = []
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        wrapped = lines[:-1]
        if (
            wrapped and all(40 <= len(line) <= 80 for line in wrapped) and any(not _SENTENCE_END.search(line) for line in wrapped)
            and not any(_is_credit_line(line) for line in lines[1:])  # "Headline / By Mara Volkova": a byline is no wrapped line
        ):
            joined.append(" ".join(lines))
        else:
            joined.append("\n".join(lines))
    return "\n\n".join(joined)


# Words that introduce a quoted or forwarded original, not another message of a pasted series.
_QUOTE_INTRO = re.compile(r"(?:forwarded message|original message|begin forwarded message|wrote:|[e\u00e9]crit\s*:|schrieb:|escribi\u00f3:|escreveu:)\W*$", re.I)
# A line of a divider a person puts between pasted messages ("=====", "-----", "* * *", "#####").
_DIVIDER = re.compile(r"^(?:[-=_*~#]\s*){3,}$")
# Lines a pasted message's header block may span (folded headers, blank lines between them).
MAX_HEADER_SPAN = 60


def _next_message(lines: list[str], start: int) -> int | None:
    """Index of the next message of a series pasted into one file (its "From:" line, or an mbox
    envelope), after some text of the current one; None when the rest is one message.

    The next message needs its own From, Date/Sent and Subject lines; a header block introduced by
    "Forwarded message", "Original Message" or "... wrote:" is the quoted original of the current one.
    """
    seen_text = False
    previous = ""
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        opens = line.startswith("From ") or (line[:5].lower() == "from:")
        if opens and seen_text and not _QUOTE_INTRO.search(previous[-80:]):
            found = mail_headers_at_top(lines[index : index + MAX_HEADER_SPAN])
            if found is not None and "from" in found[0] and "subject" in found[0] and ("date" in found[0] or "sent" in found[0]):
                return index
        if not _DIVIDER.match(line[:80]):
            seen_text = True
        previous = line
    return None


def read_mail_text(text: str, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article] | None:
    """The articles of e-mails saved or copied as text, one per message (a mailbox export or several
    messages pasted one after another) or per story of a digest; None when ``text`` is no e-mail."""
    lines = text.split("\n")
    if mail_headers_at_top(lines) is None:
        return None
    articles: list[Article] = []
    start: int | None = 0
    while start is not None:
        found, start = _mail_text_message(lines, start, position=first_position + len(articles), reference_date=reference_date)
        articles.extend(found)
    return articles


def _mail_text_message(lines: list[str], start: int, *, position: int, reference_date: dt.date | None) -> tuple[list[Article], int | None]:
    """The message whose headers open ``lines[start:]`` and where the next pasted one starts."""
    found = mail_headers_at_top(lines[start:])
    if found is None:  # the split above only cuts at a header block
        raise FormatError("an e-mail's header block could not be read")
    headers, end = found
    body_start = start + end
    while (forwarded := _forwarded(lines[body_start:])) is not None:
        inner, rest = forwarded
        headers = {**headers, **inner}
        body_start = len(lines) - len(rest)
        lines = lines[:body_start] + _unquoted(rest)  # Apple Mail quotes the forwarded original
    next_start = _next_message(lines, body_start)
    body_lines = lines[body_start:next_start]
    if next_start is not None:
        while body_lines and (not body_lines[-1].strip() or _DIVIDER.match(body_lines[-1].strip()[:80])):
            body_lines = body_lines[:-1]
    body_text = _SIGNATURE.split("\n".join(_without_quoted_tail(_unquoted(body_lines))), maxsplit=1)[0]
    outlet = _sender_name(headers["from"]) if headers.get("from") else None
    when = headers.get("date") or headers.get("sent") or ""
    published = normalize_field_date(when) or parse_date_line(when) if when else None
    if stories := digest_stories(body_text, published=published, outlet=outlet, position=position, reference_date=reference_date):
        return stories, next_start
    kept = drop_furniture([line.strip() for line in body_text.split("\n")])
    while kept and (not kept[-1] or _DIVIDER.match(kept[-1][:80])):  # the rule above an alert's footer
        kept.pop()
    body = paragraphs_of(_mail_paragraphs("\n".join(kept)))
    title, body = _title_and_body(" ".join(_REPLY_PREFIX.sub("", headers.get("subject", "")).split()), body, outlets=(outlet,))
    body, outlet = _without_byline(body, outlet)
    article = Article(
        title=title,
        text=body,
        position=position,
        outlet=outlet,
        published=published,
        published_basis="field" if published else "reference",
    )
    return [article], next_start
