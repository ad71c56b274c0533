"""GOST's statement of responsibility: what follows " / " after a title.

"Экономика знаний / С. С. Сидоров, И. И. Иванов ; под ред. А. А. Петрова. – Москва : …".
The heading before the title names the first author (or no one, for four or more); the
statement names them all, then editors, translators or compilers, and bodies after ";". It
ends the title area, whatever full stops its initials hold.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecli.inflection import SIDE_ROLE
from citecli.model import Person
from citecli.refparse.names import read_names
from citecli.refparse.places import IMPRINT_START

_SIDE_ROLES = rf"{SIDE_ROLE}(?:,?\s+(?:и\s+)?{SIDE_ROLE})*"
# editors ("под ред.", "под общ. ред.", "отв. ред.", "гл. ред.", and as GOST R 7.0.100-2018
# also writes them, in full: "под редакцией", "под общей редакцией", "ответственный
# редактор"; a collection's editorial board, "редкол.: О. Н. Широков (отв. ред.) [и др.]"),
# with the other roles named after theirs ("общ. ред., сост. и предисл. А. Ю. Согомонова")
_EDITED = (
    r"(?:под\s+(?:общ\.\s+|науч\.\s+|общей\s+|научной\s+)?(?:ред\.|редакцией)"
    r"|(?:отв|науч|гл|общ)\.\s+ред\.|(?:ответственный|научный|главный)\s+редактор"
    r"|редкол\.:?(?=\s+[А-ЯЁ]\.))"
    rf"(?:,?\s+(?:и\s+)?{_SIDE_ROLES})?"
)
# the roles that are kept as no field but end the statement ("пер. с англ.", "перевод с
# английского", "сост.", "составитель", "авт.-сост.")
_OTHER = (
    r"пер\.(?:\s+с\s+[а-яё]+\.)?|перевод\s+с\s+[а-яё]+|(?:авт\.-)?сост\."
    r"|(?:автор-)?составител[ьи]"
    # a report's leader and performers before their initials: "/ рук. А. А. Смирнов", "науч.
    # рук.", "руководитель", "исполн.: П. П. Петров" (not "рук. авт. кол.")
    r"|(?:(?:науч\.\s+)?(?:рук\.|руководитель)|исполн\.:?|исполнители:?)(?=\s+[А-ЯЁ]\.)"
)
# the initials before a family name ("А. А.", "Yu. V."), not "St." of a saint or street
_INITIALS = r"(?!St\.)(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}"
# Outside a "//" description a slash opens a statement only when names or a role follow it
# ("… : монография / О. Н. Зуева. – Екатеринбург"), not in "Input / output".
# A name in full opens one only before a further group ("/ Даниэль Канеман ; перевод с
# английского А. Андреева", "/ Жан Бодрийяр ; [пер. с фр. А. Качалова]").
STATEMENT = re.compile(
    rf"\s/\s+(?:{_INITIALS}\s?[A-ZА-ЯЁ]|{_EDITED}|{_OTHER}"
    r"|(?:ed\.\s+by|edited\s+by)\b|[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s;\s"
    # a body, then a group that names a role ("/ Ин-т хим. физики РАН ; рук. И. И. Иванов")
    rf"|[А-ЯЁ][^/;]{{1,80}}?\s;\s(?:{_OTHER}))"
)
_EDITED_BY = re.compile(rf"{_EDITED}\s*")
_OTHERS_AFTER = re.compile(rf",?\s+(?:;\s+)?{_SIDE_ROLES}\s*")
_OTHER_ROLE = re.compile(rf"(?:{_OTHER})\s*")
# a name as a statement writes it, initials first ("А. А. Петрова"), or family first, as some
# lists write the editors ("под ред. Иванова И. И.")
_NAME = re.compile(
    rf"(?P<given>{_INITIALS})\s?"
    r"(?P<family>[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?)"
)
_NAME_FAMILY_FIRST = re.compile(
    r"(?P<family>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s(?P<given>[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?)"
)
_NAME_SEPARATOR = re.compile(r",\s")
# a body after the names: "; Российская академия наук, Институт экономики." (to the area's end)
_BODY = re.compile(r"\s*;\s*[^;./]{1,120}\.")
# Further groups after ";" name other persons with their roles ("; рук. авт. кол. П. Б.
# Рудник") and bodies ("; Нац. исслед. ун-т «Высшая школа экономики»"), abbreviated with
# full stops of their own: each runs to the next ";", or to the full stop before the imprint
# ("… экономики». М. : Изд. дом ВШЭ, 2021") or a year
_NEXT_GROUP = re.compile(r"\s*;\s*")
# (the imprint's city before its publisher, year or next city: "Москва ; Берлин : …")
_GROUP_END = re.compile(rf"\s*;|\.\s+(?={IMPRINT_START}|[0-9]{{4}}\b)")
# how far past the slash a role may stand: "/ С. С. Сидоров, И. И. Иванов ; под ред."
_ROLE_WINDOW = 200
# a volume's designation before the statement: "Т. 1 / Л. Н. Толстой", "Ч. 2", "Кн. 3"
# and the volume's own title and parts ("Т. 1 : От прошлого к будущему / А. С. Ахиезер", "Т. 2.
# Курс русской истории. Ч. 2 / В. О. Ключевский")
_VOLUME_BEFORE = re.compile(
    r"\s*(?:Т|Ч|Кн|Вып|Vol|Pt)\.\s?[0-9]{1,3}(?:(?:\s:|\.)\s[^/]{1,120}?)?(?=\s/\s)"
)


class Statement(NamedTuple):
    authors: tuple[Person, ...]
    #: the authors end with "[и др.]"
    et_al: bool
    editors: tuple[Person, ...]
    #: offset just after the statement
    end: int
    #: the editors' role as written ("отв. ред.", "под общ. ред."): it governs their case,
    #: nominative after "отв. ред.", genitive after "под ред."
    editor_role: str = ""


def _names(text: str, pos: int) -> tuple[tuple[Person, ...], int]:
    """The names at `pos`, and where they end. Names are certain here, so a simpler shape than
    read_names' serves, which is not led astray by what follows ("А. А. Петрова. М. : Наука"
    looks like "J. Opt. Soc." to it)."""
    people: list[Person] = []
    end = pos
    while match := _NAME.match(text, pos) or _NAME_FAMILY_FIRST.match(text, pos):
        given = " ".join(match.group("given").split())
        people.append(Person(family=match.group("family"), given=given))
        end = match.end()
        separator = _NAME_SEPARATOR.match(text, end)
        if not separator:
            break
        pos = separator.end()
    return tuple(people), end


def read_statement(text: str, slash: int, limit: int) -> Statement:
    """The statement whose " / " has its slash at `slash`; roles are looked for before
    `limit` (the first locator, or the end of the text)."""
    after = slash + 1 + (text[slash + 1 : slash + 2] == " ")
    listed = read_names(text, after)
    authors, end = _names(text, after)
    if len(listed.people) > len(authors):  # names the shapes here do not take
        authors, end = listed.people, listed.end
    et_al = listed.et_al and len(listed.people) >= len(authors)
    if et_al:  # the statement goes on to its "[и др.]"
        end = max(end, listed.end)
    window = min(limit, slash + _ROLE_WINDOW)
    editors: tuple[Person, ...] = ()
    edited = _EDITED_BY.search(text, slash, window)
    if edited:
        editors, edited_end = _names(text, edited.end())
        # others named after the editors with their roles: "под ред. С. Г. Бочарова, вступ.
        # ст. и коммент. В. В. Кожинова"
        while (other := _OTHERS_AFTER.match(text, edited_end)) and (
            named := _names(text, other.end())
        )[0]:
            edited_end = named[1]
        editor_role = " ".join(edited.group(0).split())
        # (and the groups after them: "; пер. с англ." had been left in the container)
        end = _after_groups(text, max(end, _past_et_al(text, edited_end)), limit)
        return Statement(authors, et_al, editors, end, editor_role)
    role = _OTHER_ROLE.search(text, slash, window)
    if role:  # a translator or compiler: no field, but the statement ends after their names
        end = max(end, _past_et_al(text, _names(text, role.end())[1]))
    return Statement(authors, et_al, editors, _after_groups(text, end, limit))


# what may follow the editors' or a board's names before the statement goes on: a member's
# role and "[и др.]" ("/ редкол.: О. Н. Широков (отв. ред.) [и др.]")
_ET_AL_AFTER_NAMES = re.compile(r"(?:\s\([^()/]{1,30}\))?\s\[и\sдр\.\]")


def _past_et_al(text: str, end: int) -> int:
    """`end`, or past the "[и др.]" after the names ending there, which is the statement's."""
    found = _ET_AL_AFTER_NAMES.match(text, end) if "[" in text[end : end + 32] else None
    return found.end() if found else end


def _after_groups(text: str, end: int, limit: int) -> int:
    """The end of the statement's further groups after `end` (see _GROUP_END); a single
    group with no imprint after it runs to its first full stop, as a body's name does."""
    ends = end
    while (group := _NEXT_GROUP.match(text, ends)) and group.end() < limit:
        closing = _GROUP_END.search(text, group.end(), limit)
        if closing is None:
            body = _BODY.match(text, ends) if ends == end else None
            return body.end() if body else ends
        # the full stop stays: it ends the title area the imprint's reading starts after
        ends = closing.start()
    return ends


class Blanked(NamedTuple):
    #: the text with the statement blanked out (the same length: offsets into it still hold)
    text: str
    statement: Statement


def blank_after_volume(tail: str) -> Blanked | None:
    """ "Т. 1 / Л. Н. Толстой. – Москва : …": a statement after a volume's designation, where
    the title ended at the volume; blanked so that it is taken for no place or publisher."""
    volume = _VOLUME_BEFORE.match(tail)
    found = STATEMENT.match(tail, volume.end()) if volume else None
    return _blanked(tail, found)


def blank_in_container(tail: str) -> Blanked | None:
    """ "// Сборник трудов / под ред. А. А. Петрова. – М. : Наука": the book's own statement
    after "//", blanked so that its initials are taken for no place ("А. Петрова. М.")."""
    return _blanked(tail, STATEMENT.search(tail))


def _blanked(tail: str, found: re.Match[str] | None) -> Blanked | None:
    if not found:
        return None
    slash = tail.index("/", found.start())
    statement = read_statement(tail, slash, len(tail))
    if statement.end <= slash + 2:
        return None
    blank = " " * (statement.end - found.start())
    return Blanked(tail[: found.start()] + blank + tail[statement.end :], statement)
